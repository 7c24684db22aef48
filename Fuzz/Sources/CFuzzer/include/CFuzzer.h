#ifndef PLANSH_CFUZZER_H
#define PLANSH_CFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, LLVM 11 and later): runs the fuzzing loop with
/// `callback` as the target, taking libFuzzer's options from the command line.
int LLVMFuzzerRunDriver(int *argc, char ***argv,
                        int (*callback)(const uint8_t *data, size_t size));

#endif
