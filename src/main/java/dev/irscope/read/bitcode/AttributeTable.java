package dev.irscope.read.bitcode;

import dev.irscope.ir.Attribute;
import dev.irscope.ir.AttributeSet;
import dev.irscope.ir.KnownAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PARAMATTR_GROUP_BLOCK and PARAMATTR_BLOCK (BitcodeReader::parseAttributeGroupBlock and
 * parseAttributeBlock): groups of attributes for one slot (function, return or a parameter), and
 * the attribute lists functions and calls name by index, each a list of groups. Groups are kept
 * raw and decoded on first use, when the type table (for byval(T) and the like) is known. Each
 * attribute is spelled as LLVM's Attribute::getAsString spells it: inside an attribute group for
 * the function slot ({@code align=8}), in place for the others ({@code align 8}).
 */
final class AttributeTable {
    /** One decoded attribute list; {@code params[i]} may be EMPTY. */
    record AttrList(AttributeSet fn, AttributeSet ret, AttributeSet[] params) {
        static final AttrList NONE = new AttrList(AttributeSet.EMPTY, AttributeSet.EMPTY, new AttributeSet[0]);

        AttributeSet param(int i) {
            return i < params.length ? params[i] : AttributeSet.EMPTY;
        }
    }

    private static final long FUNCTION_INDEX = 0xFFFFFFFFL;

    private final Map<Long, long[]> rawGroups = new HashMap<>();
    private final Map<Long, AttributeSet> groups = new HashMap<>();
    private final Map<Long, Long> groupSlot = new HashMap<>();
    private final List<long[]> lists = new ArrayList<>();
    private AttrList[] decoded;
    private final Map<String, String> notes; // note text by key, first one kept
    private TypeTable types;

    AttributeTable(Map<String, String> notes) {
        this.notes = notes;
    }

    void readGroups(BitstreamCursor c) throws BitcodeError {
        Rec r = new Rec(c);
        for (int code; (code = c.nextRecord(r)) >= 0; ) {
            if (code == 3) { // PARAMATTR_GRP_CODE_ENTRY: [grpid, idx, attrs...]
                if (r.size() < 2) throw r.tooShort(1);
                rawGroups.put(r.get(0), java.util.Arrays.copyOf(r.ops, r.size()));
            }
        }
    }

    void readLists(BitstreamCursor c) throws BitcodeError {
        Rec r = new Rec(c);
        for (int code; (code = c.nextRecord(r)) >= 0; ) {
            if (code == 2) lists.add(java.util.Arrays.copyOf(r.ops, r.size())); // ENTRY: [grp...]
            else if (code == 1) {
                lists.add(new long[0]); // ENTRY_OLD (before LLVM 3.3): kept for the numbering only
                notes.putIfAbsent("old-attrs", "attribute lists in the pre-LLVM 3.3 encoding are not decoded");
            }
        }
    }

    void types(TypeTable t) {
        this.types = t;
    }

    /** Attribute list {@code index} as functions and calls name it (0: none). */
    AttrList list(long index, Rec at) throws BitcodeError {
        if (index == 0) return AttrList.NONE;
        if (index < 0 || index > lists.size()) throw at.error("attribute list " + index + " is not defined");
        if (decoded == null) decoded = new AttrList[lists.size()];
        int i = (int) index - 1;
        if (decoded[i] == null) decoded[i] = decode(lists.get(i), at);
        return decoded[i];
    }

    /** Every attribute list, for the note about groups nobody uses (none: LLVM writes used ones only). */
    int size() {
        return lists.size();
    }

    private AttrList decode(long[] groupIds, Rec at) throws BitcodeError {
        AttributeSet fn = AttributeSet.EMPTY, ret = AttributeSet.EMPTY;
        Map<Integer, AttributeSet> params = new LinkedHashMap<>();
        int maxParam = -1;
        for (long g : groupIds) {
            long[] raw = rawGroups.get(g);
            if (raw == null) throw at.error("attribute group " + g + " is not defined");
            AttributeSet s = group(g, raw, at);
            long slot = raw[1];
            if (slot == FUNCTION_INDEX) fn = fn.union(s);
            else if (slot == 0) ret = ret.union(s);
            else if (slot <= 1 << 20) {
                int p = (int) slot - 1;
                params.merge(p, s, AttributeSet::union);
                maxParam = Math.max(maxParam, p);
            }
        }
        AttributeSet[] ps = new AttributeSet[maxParam + 1];
        java.util.Arrays.fill(ps, AttributeSet.EMPTY);
        for (Map.Entry<Integer, AttributeSet> e : params.entrySet()) ps[e.getKey()] = e.getValue();
        return new AttrList(fn, ret, ps);
    }

    private AttributeSet group(long id, long[] raw, Rec at) throws BitcodeError {
        AttributeSet s = groups.get(id);
        if (s != null) return s;
        s = AttributeSet.of(decodeGroup(raw, raw[1] == FUNCTION_INDEX, at));
        groups.put(id, s);
        return s;
    }

    private List<Attribute> decodeGroup(long[] r, boolean inGroup, Rec at) throws BitcodeError {
        List<Attribute> out = new ArrayList<>();
        int i = 2;
        while (i < r.length) {
            long form = r[i++];
            switch ((int) Math.min(form, 100)) {
                case 0 -> out.add(enumAttr(need(r, i++, at)));
                case 1 -> {
                    long kind = need(r, i++, at);
                    long v = need(r, i++, at);
                    out.add(intAttr(kind, v, inGroup));
                }
                case 3, 4 -> {
                    int k = i;
                    while (k < r.length && r[k] != 0) k++;
                    if (k >= r.length) throw at.error("attribute string not terminated");
                    String key = chars(r, i, k);
                    i = k + 1;
                    String value = "";
                    if (form == 4) {
                        k = i;
                        while (k < r.length && r[k] != 0) k++;
                        if (k >= r.length) throw at.error("attribute value string not terminated");
                        value = chars(r, i, k);
                        i = k + 1;
                    }
                    out.add(new Attribute.Str(key, value));
                }
                case 5, 6 -> {
                    long kind = need(r, i++, at);
                    String name = name(kind);
                    if (form == 6) {
                        long ty = need(r, i++, at);
                        IrType t = types == null ? null : types.getOrNull(ty);
                        out.add(new Attribute.Valued(name, t == null ? "<type " + ty + ">" : t.render(), false));
                    } else {
                        out.add(new Attribute.Flag(name));
                    }
                }
                case 7 -> { // ConstantRange: [kind, bitwidth, lower, upper] (LLVM 19+)
                    long kind = need(r, i++, at);
                    long width = need(r, i++, at);
                    long[] lohi = new long[2];
                    i = range(r, i, width, lohi, at);
                    out.add(new Attribute.Valued(name(kind), "i" + width + " " + lohi[0] + ", " + lohi[1], false));
                }
                case 8 -> { // ConstantRangeList: [kind, n, bitwidth, (lower, upper)*] (initializes)
                    long kind = need(r, i++, at);
                    long n = need(r, i++, at);
                    long width = need(r, i++, at);
                    if (n > r.length) throw at.error("attribute range list of " + n + " ranges");
                    StringBuilder b = new StringBuilder();
                    long[] lohi = new long[2];
                    for (long j = 0; j < n; j++) {
                        i = range(r, i, width, lohi, at);
                        if (j > 0) b.append(", ");
                        b.append('(').append(lohi[0]).append(", ").append(lohi[1]).append(')');
                    }
                    out.add(new Attribute.Valued(name(kind), b.toString(), false));
                }
                default -> throw at.error("attribute group entry of unknown form " + form);
            }
        }
        return out;
    }

    private static long need(long[] r, int i, Rec at) throws BitcodeError {
        if (i >= r.length) throw at.error("attribute group record ends inside an attribute");
        return r[i];
    }

    /** A range's bounds: signed VBR for widths up to 64, else [active words, words...] each (readConstantRange). */
    private static int range(long[] r, int i, long width, long[] out, Rec at) throws BitcodeError {
        if (width <= 64) {
            out[0] = signExtend(Rec.signed(need(r, i++, at)), width);
            out[1] = signExtend(Rec.signed(need(r, i++, at)), width);
            return i;
        }
        for (int b = 0; b < 2; b++) { // wide: [numwords, words...]; only the low word is shown
            long words = need(r, i++, at);
            if (words < 1 || words > r.length) throw at.error("wide range bound of " + words + " words");
            out[b] = Rec.signed(need(r, i, at));
            i += (int) words;
        }
        return i;
    }

    private static long signExtend(long v, long width) {
        if (width <= 0 || width >= 64) return v;
        int s = 64 - (int) width;
        return (v << s) >> s;
    }

    private static String chars(long[] r, int from, int to) {
        byte[] b = new byte[to - from];
        for (int i = from; i < to; i++) b[i - from] = (byte) r[i];
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String name(long kind) {
        String n = AttributeKinds.name(kind);
        if (n != null) {
            if (!KnownAttributes.known(n)) notes.putIfAbsent("attr-" + n, "unknown attribute '" + n + "' kept as written");
            return n;
        }
        String key = "unknown_kind_" + kind;
        notes.putIfAbsent("kind" + kind, "attribute kind " + kind + " is unknown to this reader (a newer LLVM?); kept as '"
                + key + "'");
        return key;
    }

    private Attribute enumAttr(long kind) {
        return new Attribute.Flag(name(kind));
    }

    private Attribute intAttr(long kind, long v, boolean inGroup) {
        String name = name(kind);
        return switch ((int) Math.min(kind, 10_000)) {
            case AttributeKinds.ALIGN -> new Attribute.Valued(name, Long.toUnsignedString(v), !inGroup);
            case AttributeKinds.ALIGNSTACK, AttributeKinds.DEREF, AttributeKinds.DEREF_OR_NULL ->
                    new Attribute.Valued(name, Long.toUnsignedString(v), false);
            case AttributeKinds.ALLOCSIZE -> {
                long elem = v >>> 32, num = v & 0xFFFFFFFFL;
                yield new Attribute.Valued(name, num == 0xFFFFFFFFL ? "" + elem : elem + "," + num, false);
            }
            case AttributeKinds.VSCALE_RANGE -> new Attribute.Valued(name, (v >>> 32) + "," + (v & 0xFFFFFFFFL), false);
            case AttributeKinds.UWTABLE -> v == 1 ? new Attribute.Valued(name, "sync", false) : new Attribute.Flag(name);
            case AttributeKinds.ALLOCKIND -> new Attribute.Valued(name, "\"" + allocKind(v) + "\"", false);
            case AttributeKinds.MEMORY -> new Attribute.Valued(name, MemoryText.of(v), false);
            case AttributeKinds.NOFPCLASS -> new Attribute.Valued(name, MemoryText.fpClass(v), false);
            case AttributeKinds.CAPTURES -> new Attribute.Valued(name, MemoryText.captures(v), false);
            default -> new Attribute.Valued(name, Long.toUnsignedString(v), false);
        };
    }

    private static String allocKind(long v) {
        String[] names = {"alloc", "realloc", "free", "uninitialized", "zeroed", "aligned"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((v & (1L << i)) != 0) {
                if (b.length() > 0) b.append(',');
                b.append(names[i]);
            }
        }
        return b.toString();
    }
}
