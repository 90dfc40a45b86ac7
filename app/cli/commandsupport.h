#pragma once

// What the command actions of tariffsim-cli throw; run() (cli.cpp) turns them
// into the exit status and the message on stderr.

#include <map>
#include <string>

namespace tariffsim::cli {

/// A usage error: exit status 2, the message and the command's synopsis on stderr.
struct UsageFailure {
    std::string message;
};

/// Invalid input (a bad value, an unreadable or invalid file): exit status 1, the
/// message on stderr.
struct InputFailure {
    std::string message;
};

/// Parsed options of one command: option name ("--out", or an operand's name such
/// as "FILE") -> value ("" for flags).
using CommandOptions = std::map<std::string, std::string>;

} // namespace tariffsim::cli
