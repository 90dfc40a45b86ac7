// A full disk for the fault-injection tests, without root: loaded with LD_PRELOAD,
// it makes write(2) fail with ENOSPC ("No space left on device") for files under
// the folder named by TARIFFSIM_FAULT_ENOSPC_DIR, once TARIFFSIM_FAULT_ENOSPC_AFTER
// bytes (default 0) have been written to such files. The variables are read at
// every write, so a test may set them after the program started. Other files,
// standard output and error are untouched.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include <dlfcn.h>
#include <unistd.h>

namespace {

using WriteFn = ssize_t (*)(int, const void*, size_t);
WriteFn real_write = nullptr;
unsigned long long written = 0;

bool underFullFolder(int fd)
{
    const char* folder = std::getenv("TARIFFSIM_FAULT_ENOSPC_DIR");
    if (!folder || !*folder)
        return false;
    char link[64];
    char path[4096];
    std::snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0)
        return false;
    path[n] = '\0';
    const size_t len = std::strlen(folder);
    return std::strncmp(path, folder, len) == 0 && path[len] == '/';
}

} // namespace

extern "C" ssize_t write(int fd, const void* buffer, size_t count)
{
    if (!real_write)
        real_write = reinterpret_cast<WriteFn>(dlsym(RTLD_NEXT, "write"));
    if (count > 0 && underFullFolder(fd)) {
        const char* after = std::getenv("TARIFFSIM_FAULT_ENOSPC_AFTER");
        const unsigned long long allowed = after ? std::strtoull(after, nullptr, 10) : 0;
        if (written >= allowed) {
            errno = ENOSPC;
            return -1;
        }
        if (count > allowed - written)
            count = static_cast<size_t>(allowed - written); // a short write: the disk fills up mid-way
        written += count;
    }
    return real_write(fd, buffer, count);
}
