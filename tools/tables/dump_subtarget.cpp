// Dumps the SubtargetFeatureKV / SubtargetSubTypeKV tables compiled into libLLVM.
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/TargetParser/Triple.h"
#include <cstdio>
#include <map>
using namespace llvm;
int main(int argc, char **argv) {
  InitializeAllTargetInfos(); InitializeAllTargetMCs();
  std::string err; std::string TT = argv[1];
  const Target *T = TargetRegistry::lookupTarget(TT, err);
  if (!T) { fprintf(stderr, "%s\n", err.c_str()); return 1; }
  MCSubtargetInfo *STI = T->createMCSubtargetInfo(TT, "", "");
  auto feats = STI->getAllProcessorFeatures();
  std::map<unsigned, const char*> byBit;
  for (auto &F : feats) byBit[F.Value] = F.Key;
  auto name = [&](unsigned b) { auto it = byBit.find(b); return it == byBit.end() ? std::string("@bit") + std::to_string(b) : std::string(it->second); };
  for (auto &F : feats) {
    printf("feature %s", F.Key);
    FeatureBitset I = F.Implies.getAsBitset();
    for (unsigned b = 0; b < I.size(); ++b) if (I[b]) printf(" %s", name(b).c_str());
    printf("\n");
  }
  for (auto &P : STI->getAllProcessorDescriptions()) {
    printf("cpu %s features", P.Key);
    FeatureBitset I = P.Implies.getAsBitset();
    for (unsigned b = 0; b < I.size(); ++b) if (I[b]) printf(" %s", name(b).c_str());
    printf(" tuning");
    FeatureBitset J = P.TuneImplies.getAsBitset();
    for (unsigned b = 0; b < J.size(); ++b) if (J[b]) printf(" %s", name(b).c_str());
    printf("\n");
  }
}
