#ifndef PLANSH_CSQLITE_SHIM_H
#define PLANSH_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
