#pragma once

// Files in and out, with errors in words, for the window and the command line
// alike. Every write of the program goes through writeFileAtomically: it either
// completes or leaves the previous file exactly as it was (docs/reliability.md).

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace tariffsim::core {

/// A file that cannot be read or written. what() is "PATH: reason"; the path is
/// made printable (control characters escaped).
class FileError : public std::runtime_error {
public:
    FileError(std::string path, std::string reason);
    const std::string& path() const { return m_path; }
    /// The reason alone, in words ("No space left on device", "permission denied").
    const std::string& reason() const { return m_reason; }

private:
    std::string m_path;
    std::string m_reason;
};

/// Reads a whole regular file of at most `limitBytes` bytes. Refuses folders,
/// FIFOs, devices and sockets without blocking on them, and says why a file cannot
/// be opened in words: "no such file", "permission denied (the file cannot be
/// read)", "permission denied (a folder on the path cannot be entered)", "too
/// many levels of symbolic links (a link loop?)". Throws FileError.
std::string readFileLimited(const std::string& path, std::size_t limitBytes);

/// Refuses an output path that exists and is not a regular file (a folder, FIFO,
/// device or socket: nothing is written to or over it) or that names the same file
/// as one of `inputs` (device and inode compared, so links and other spellings of
/// the path count). A symbolic link to a regular file is acceptable. Throws FileError.
void checkOutputPath(const std::string& path, const std::vector<std::string>& inputs = {});

/// Writes `bytes` to `path` atomically: into a new temporary file beside it, with
/// every write, the fsync and the close checked, then renamed over `path`. On any
/// failure (a full disk, a read-only folder...) the temporary file is removed, the
/// previous file is untouched and FileError gives the reason. Runs
/// checkOutputPath(path, inputs) first. A symbolic link to a regular file stays a
/// link: its target is replaced. An existing file keeps its permission bits; a new
/// one gets 0666 less the umask.
void writeFileAtomically(const std::string& path, std::string_view bytes,
                         const std::vector<std::string>& inputs = {});

/// Whether two paths name the same existing file (device and inode).
bool sameFile(const std::string& a, const std::string& b);

/// The system's words for an errno value ("No space left on device").
std::string errnoText(int errnoValue);

/// Text from a file or the command line made safe to echo in a message: control
/// characters (C0, DEL, C1), bidirectional overrides and bytes that are not UTF-8
/// escaped ("\n", "\x1b", "\u202e"), and the text cut after `maxChars` characters
/// with "…" and its full length in bytes.
std::string printable(std::string_view text, std::size_t maxChars = 80);

} // namespace tariffsim::core
