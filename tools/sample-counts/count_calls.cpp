// Counts what irscope's reader must agree with, using LLVM's own parser (llvm-19):
// defined and declared functions, direct call sites (CallBase whose getCalledFunction() is set,
// intrinsics included), indirect calls, inline-asm calls, module flags and llvm.ident strings.
// Usage: count_calls FILE.ll  -> one tab-separated line.
#include "llvm/IR/Function.h"
#include "llvm/IR/InstrTypes.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Metadata.h"
#include "llvm/IR/Module.h"
#include "llvm/IRReader/IRReader.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

int main(int argc, char **argv) {
  if (argc != 2) { errs() << "usage: count_calls FILE.ll\n"; return 2; }
  LLVMContext ctx;
  SMDiagnostic err;
  std::unique_ptr<Module> m = parseIRFile(argv[1], err, ctx);
  if (!m) { err.print(argv[0], errs()); return 1; }
  unsigned defines = 0, declares = 0, direct = 0, indirect = 0, asmCalls = 0;
  for (Function &f : *m) {
    if (f.isDeclaration()) declares++; else defines++;
    for (BasicBlock &bb : f)
      for (Instruction &i : bb)
        if (auto *cb = dyn_cast<CallBase>(&i)) {
          if (cb->isInlineAsm()) asmCalls++;
          else if (cb->getCalledFunction()) direct++;
          else indirect++;
        }
  }
  unsigned flags = 0;
  if (NamedMDNode *n = m->getModuleFlagsMetadata()) flags = n->getNumOperands();
  std::string idents;
  if (NamedMDNode *n = m->getNamedMetadata("llvm.ident"))
    for (MDNode *op : n->operands())
      if (op->getNumOperands() > 0)
        if (auto *s = dyn_cast<MDString>(op->getOperand(0))) { if (!idents.empty()) idents += "|"; idents += s->getString().str(); }
  outs() << defines << "\t" << declares << "\t" << direct << "\t" << indirect << "\t" << asmCalls << "\t"
         << flags << "\t" << idents << "\n";
  return 0;
}
