#include "fileio.h"

#include <atomic>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tariffsim::core {

FileError::FileError(std::string path, std::string reason)
    : std::runtime_error(printable(path, 4096) + ": " + reason)
    , m_path(std::move(path))
    , m_reason(std::move(reason))
{
}

std::string errnoText(int errnoValue)
{
    char buffer[256];
    // GNU strerror_r returns the message, which may not be `buffer`.
    const char* text = strerror_r(errnoValue, buffer, sizeof buffer);
    return text ? std::string(text) : "error " + std::to_string(errnoValue);
}

namespace {

std::string parentOf(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos)
        return ".";
    if (slash == 0)
        return "/";
    return path.substr(0, slash);
}

std::string kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return "a folder";
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return "a device";
    if (S_ISSOCK(mode))
        return "a socket";
    return "a special file";
}

// Words for why `path` could not be opened, beyond strerror where that is vague.
std::string openFailure(const std::string& path, int error, bool forWriting)
{
    switch (error) {
    case ENOENT:
        return access(parentOf(path).c_str(), F_OK) == 0 ? "no such file" : "no such folder: " + parentOf(path);
    case EACCES:
    case EPERM: {
        const std::string parent = parentOf(path);
        if (access(parent.c_str(), X_OK) != 0)
            return "permission denied (a folder on the path cannot be entered)";
        if (forWriting)
            return access(parent.c_str(), W_OK) != 0 ? "permission denied (the folder is not writable)"
                                                     : "permission denied";
        return "permission denied (the file cannot be read)";
    }
    case ELOOP:
        return "too many levels of symbolic links (a link loop?)";
    case ENOTDIR:
        return "a part of the path is not a folder";
    case EISDIR:
        return "is a folder, not a regular file";
    case ENAMETOOLONG:
        return "the path is too long";
    case EROFS:
        return "the file system is read-only";
    default:
        return errnoText(error);
    }
}

int openRetrying(const char* path, int flags, mode_t mode = 0)
{
    int fd;
    do
        fd = ::open(path, flags, mode);
    while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

std::string readFileLimited(const std::string& path, std::size_t limitBytes)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below.
    const int fd = openRetrying(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        throw FileError(path, openFailure(path, errno, false));
    struct stat st {};
    if (fstat(fd, &st) != 0) {
        const int e = errno;
        ::close(fd);
        throw FileError(path, errnoText(e));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw FileError(path, S_ISDIR(st.st_mode) ? "is a folder, not a regular file"
                                                  : "is " + kindOf(st.st_mode) + ", not a regular file");
    }
    if (static_cast<unsigned long long>(st.st_size) > limitBytes) {
        ::close(fd);
        throw FileError(path, "the file is larger than " + std::to_string(limitBytes / (1024 * 1024)) + " MiB");
    }
    std::string text;
    text.resize(limitBytes + 1);
    std::size_t used = 0;
    // Reads at most one byte past the limit, whatever the size said (files under
    // /proc report 0 and stream on; a file may grow).
    while (used < text.size()) {
        const ssize_t n = ::read(fd, text.data() + used, text.size() - used);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int e = errno;
            ::close(fd);
            throw FileError(path, e == EISDIR ? "is a folder, not a regular file" : errnoText(e));
        }
        if (n == 0)
            break;
        used += static_cast<std::size_t>(n);
    }
    ::close(fd);
    if (used > limitBytes)
        throw FileError(path, "the file is larger than " + std::to_string(limitBytes / (1024 * 1024)) + " MiB");
    text.resize(used);
    return text;
}

bool sameFile(const std::string& a, const std::string& b)
{
    struct stat sa {}, sb {};
    if (::stat(a.c_str(), &sa) != 0 || ::stat(b.c_str(), &sb) != 0)
        return false;
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

void checkOutputPath(const std::string& path, const std::vector<std::string>& inputs)
{
    if (path.empty())
        throw FileError(path, "no file name");
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            throw FileError(path, "is " + kindOf(st.st_mode) + "; only a regular file can be replaced");
    } else if (errno != ENOENT) {
        throw FileError(path, openFailure(path, errno, true));
    } else {
        struct stat lst {};
        if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode))
            throw FileError(path, "is a symbolic link to nothing");
    }
    for (const std::string& input : inputs)
        if (sameFile(path, input))
            throw FileError(path, "is the input file " + printable(input, 4096) + "; choose another output file");
}

namespace {

// A name for the temporary file that no other writer picks.
std::string temporaryName(const std::string& target)
{
    static std::atomic<unsigned> counter{0};
    const auto ticks = std::chrono::steady_clock::now().time_since_epoch().count();
    const auto slash = target.find_last_of('/');
    const std::string folder = slash == std::string::npos ? std::string() : target.substr(0, slash + 1);
    const std::string base = slash == std::string::npos ? target : target.substr(slash + 1);
    char suffix[64];
    std::snprintf(suffix, sizeof suffix, ".%ld.%u.%llx.tmp", static_cast<long>(::getpid()), counter++,
                  static_cast<unsigned long long>(ticks) & 0xffffffULL);
    // Keeps the name within NAME_MAX however long the target's is.
    return folder + "." + base.substr(0, 180) + suffix;
}

} // namespace

void writeFileAtomically(const std::string& path, std::string_view bytes, const std::vector<std::string>& inputs)
{
    checkOutputPath(path, inputs);

    // A link stays a link: the file it names is replaced.
    std::string target = path;
    struct stat lst {};
    if (::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode)) {
        char resolved[PATH_MAX];
        if (!::realpath(path.c_str(), resolved))
            throw FileError(path, openFailure(path, errno, true));
        target = resolved;
    }
    struct stat old {};
    const bool existed = ::stat(target.c_str(), &old) == 0;

    std::string temp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = temporaryName(target);
        fd = openRetrying(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOCTTY, 0666);
        if (fd < 0 && errno != EEXIST)
            throw FileError(path, openFailure(temp, errno, true));
    }
    if (fd < 0)
        throw FileError(path, "cannot create a temporary file beside it");

    auto fail = [&](int error) {
        if (fd >= 0)
            ::close(fd);
        ::unlink(temp.c_str());
        throw FileError(path, errnoText(error));
    };
    const char* data = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            fail(errno);
        }
        if (n == 0)
            fail(EIO);
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    if (existed && ::fchmod(fd, old.st_mode & 07777) != 0)
        fail(errno);
    if (::fsync(fd) != 0 && errno != EINVAL && errno != EROFS)
        fail(errno);
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0 && errno != EINTR)
        fail(errno);
    if (::rename(temp.c_str(), target.c_str()) != 0)
        fail(errno);
    // The rename itself reaches the disk with the folder's entry; best effort.
    const int dir = openRetrying(parentOf(target).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

std::string printable(std::string_view text, std::size_t maxChars)
{
    std::string out;
    std::size_t chars = 0;
    std::size_t i = 0;
    char hex[16];
    while (i < text.size()) {
        if (chars == maxChars) {
            out += "… (" + std::to_string(text.size()) + " bytes)";
            return out;
        }
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7f) {
            switch (c) {
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                std::snprintf(hex, sizeof hex, "\\x%02x", c);
                out += hex;
            }
            ++i;
            ++chars;
            continue;
        }
        if (c < 0x80) {
            out += static_cast<char>(c);
            ++i;
            ++chars;
            continue;
        }
        // A UTF-8 sequence: its length from the lead byte, then continuation bytes.
        const std::size_t len = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
        bool valid = len > 0 && i + len <= text.size();
        char32_t cp = len == 2 ? c & 0x1f : len == 3 ? c & 0x0f : c & 0x07;
        for (std::size_t k = 1; valid && k < len; ++k) {
            const auto cc = static_cast<unsigned char>(text[i + k]);
            valid = (cc & 0xc0) == 0x80;
            cp = (cp << 6) | (cc & 0x3f);
        }
        if (valid) {
            // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
            valid = !(len == 3 && cp < 0x800) && !(len == 4 && (cp < 0x10000 || cp > 0x10ffff))
                && !(cp >= 0xd800 && cp <= 0xdfff);
        }
        if (!valid) {
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
            ++i;
            ++chars;
            continue;
        }
        const bool control = (cp >= 0x80 && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e)
            || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f;
        if (control) {
            std::snprintf(hex, sizeof hex, "\\u%04x", static_cast<unsigned>(cp));
            out += hex;
        } else {
            out.append(text.substr(i, len));
        }
        i += len;
        ++chars;
    }
    return out;
}

} // namespace tariffsim::core
