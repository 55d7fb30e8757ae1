// Catch2's main lives alone so the big header is compiled once per build, not per test file.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
