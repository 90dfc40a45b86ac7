// Reading and writing files (core/fileio.h): reasons in words, writes that
// complete or leave the old file as it was, and text made safe to echo. The full
// disk is tested with the real programs (tests/fault/).
#include "support/testsupport.h"

#include "core/fileio.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>
#include <unistd.h>

using namespace tariffsim::core;
namespace fs = std::filesystem;

namespace {

// A scratch folder removed at the end of the test.
struct Scratch {
    Scratch()
    {
        std::string pattern = (fs::temp_directory_path() / "tariffsim-fileio.XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~Scratch()
    {
        std::error_code ec;
        fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
        fs::remove_all(path, ec);
    }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
    fs::path path;
};

std::string slurp(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void put(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

std::string refusalOfRead(const std::string& path)
{
    try {
        readFileLimited(path, 1024);
    } catch (const FileError& e) {
        CHECK(e.path() == path);
        return e.reason();
    }
    FAIL("read of " << path << " was not refused");
    return {};
}

std::string refusalOfWrite(const std::string& path, const std::string& bytes,
                           const std::vector<std::string>& inputs = {})
{
    try {
        writeFileAtomically(path, bytes, inputs);
    } catch (const FileError& e) {
        return e.what();
    }
    FAIL("write to " << path << " was not refused");
    return {};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Files in a folder (temporary files included).
size_t entries(const fs::path& folder) { return static_cast<size_t>(std::distance(fs::directory_iterator(folder), {})); }

} // namespace

TEST_CASE("Reading a file says why it cannot be read", "[core][fileio]")
{
    Scratch dir;
    SECTION("a regular file within the limit is read whole")
    {
        put(dir / "a.json", "{\"x\": 1}");
        CHECK(readFileLimited(dir / "a.json", 8) == "{\"x\": 1}"); // exactly 8 bytes: at the limit
        CHECK(refusalOfRead(dir / "missing.json") == "no such file");
        CHECK(contains(refusalOfRead(dir / "nofolder/a.json"), "no such folder"));
    }
    SECTION("more than the limit")
    {
        put(dir / "big.json", std::string(2 * 1024 * 1024 + 1, ' '));
        try {
            readFileLimited(dir / "big.json", 2 * 1024 * 1024);
            FAIL("not refused");
        } catch (const FileError& e) {
            CHECK(e.reason() == "the file is larger than 2 MiB");
        }
    }
    SECTION("folders, FIFOs and link loops, without blocking")
    {
        CHECK(refusalOfRead(dir.path.string()) == "is a folder, not a regular file");
        REQUIRE(::mkfifo((dir / "pipe").c_str(), 0600) == 0);
        // Opening a FIFO with no writer would block; it is refused at once.
        CHECK(refusalOfRead(dir / "pipe") == "is a FIFO (named pipe), not a regular file");
        fs::create_symlink(dir / "loop-b", dir / "loop-a");
        fs::create_symlink(dir / "loop-a", dir / "loop-b");
        CHECK(refusalOfRead(dir / "loop-a") == "too many levels of symbolic links (a link loop?)");
        put(dir / "file", "x");
        CHECK(refusalOfRead(dir / "file/below") == "a part of the path is not a folder");
    }
    SECTION("permissions, for a user other than root (root reads whatever it likes)")
    {
        if (::geteuid() == 0)
            return;
        put(dir / "secret.json", "{}");
        fs::permissions(dir / "secret.json", fs::perms::none);
        CHECK(refusalOfRead(dir / "secret.json") == "permission denied (the file cannot be read)");
        fs::create_directory(dir / "closed");
        put(dir / "closed/a.json", "{}");
        fs::permissions(dir / "closed", fs::perms::owner_read);
        CHECK(refusalOfRead(dir / "closed/a.json") == "permission denied (a folder on the path cannot be entered)");
    }
}

TEST_CASE("Writing a file completes or leaves the old file as it was", "[core][fileio]")
{
    Scratch dir;
    const std::string target = dir / "out.csv";
    SECTION("a new file, then a replacement; no temporary file is left")
    {
        writeFileAtomically(target, "first");
        CHECK(slurp(target) == "first");
        writeFileAtomically(target, "second, longer");
        CHECK(slurp(target) == "second, longer");
        writeFileAtomically(target, "");
        CHECK(slurp(target).empty());
        CHECK(entries(dir.path) == 1);
    }
    SECTION("the replaced file keeps its permission bits")
    {
        put(target, "old");
        fs::permissions(target, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
        writeFileAtomically(target, "new");
        CHECK(fs::status(target).permissions() == (fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read));
    }
    SECTION("a symbolic link stays a link; its target gets the bytes")
    {
        put(dir / "real.csv", "old");
        fs::create_symlink(dir / "real.csv", dir / "link.csv");
        writeFileAtomically(dir / "link.csv", "new");
        CHECK(fs::is_symlink(dir / "link.csv"));
        CHECK(slurp(dir / "real.csv") == "new");
        fs::create_symlink(dir / "nothing.csv", dir / "dangling.csv");
        CHECK(contains(refusalOfWrite(dir / "dangling.csv", "x"), "is a symbolic link to nothing"));
    }
    SECTION("never over a folder, a FIFO or a device")
    {
        fs::create_directory(dir / "folder.csv");
        CHECK(contains(refusalOfWrite(dir / "folder.csv", "x"), "folder.csv: is a folder; only a regular file can be replaced"));
        CHECK(fs::is_directory(dir / "folder.csv"));
        REQUIRE(::mkfifo((dir / "pipe.csv").c_str(), 0600) == 0);
        CHECK(contains(refusalOfWrite(dir / "pipe.csv", "x"), "is a FIFO (named pipe); only a regular file can be replaced"));
        CHECK(fs::is_fifo(dir / "pipe.csv"));
        CHECK(contains(refusalOfWrite("/dev/null", "x"), "/dev/null: is a device"));
        CHECK(fs::is_character_file("/dev/null"));
        CHECK(entries(dir.path) == 2); // the folder and the FIFO, nothing else
    }
    SECTION("never over an input, whatever name reaches it")
    {
        put(dir / "in.json", "input");
        fs::create_hard_link(dir / "in.json", dir / "hard.json");
        fs::create_symlink(dir / "in.json", dir / "soft.json");
        const std::vector<std::string> inputs{dir / "in.json"};
        for (const char* name : {"in.json", "hard.json", "soft.json"}) {
            INFO(name);
            CHECK(contains(refusalOfWrite(dir / name, "output", inputs), "is the input file"));
        }
        CHECK(slurp(dir / "in.json") == "input");
        writeFileAtomically(dir / "other.json", "output", inputs);
        CHECK(slurp(dir / "other.json") == "output");
        CHECK(sameFile(dir / "in.json", dir / "hard.json"));
        CHECK_FALSE(sameFile(dir / "in.json", dir / "other.json"));
        CHECK_FALSE(sameFile(dir / "in.json", dir / "missing.json"));
    }
    SECTION("a missing folder or a read-only one: the reason, and the old file untouched")
    {
        CHECK(contains(refusalOfWrite(dir / "nofolder/out.csv", "x"), "no such folder"));
        if (::geteuid() == 0)
            return; // permissions do not bind root: tests/fault/cli-faults.sh uses a read-only tmpfs instead
        fs::create_directory(dir / "ro");
        put(dir / "ro/out.csv", "old");
        fs::permissions(dir / "ro", fs::perms::owner_read | fs::perms::owner_exec);
        CHECK(contains(refusalOfWrite(dir / "ro/out.csv", "new"), "ro/out.csv: permission denied (the folder is not writable)"));
        CHECK(slurp(dir / "ro/out.csv") == "old");
    }
}

TEST_CASE("Text from a file is made safe to echo", "[core][fileio]")
{
    // Plain text, accents and CJK pass unchanged.
    CHECK(printable("ratePct") == "ratePct");
    CHECK(printable("Genève 关税") == "Genève 关税");
    // Control characters are escaped, so a name cannot forge an "ERROR:" line or ring the bell.
    CHECK(printable("a\nERROR: x") == "a\\nERROR: x");
    CHECK(printable("\x1b[31mred\x07") == "\\x1b[31mred\\x07");
    CHECK(printable("tab\there\r") == "tab\\there\\r");
    CHECK(printable("\x7f") == "\\x7f");
    // C1 controls (U+0085) and bidirectional overrides (U+202E) too.
    CHECK(printable("a\xc2\x85z") == "a\\u0085z");
    CHECK(printable("\xe2\x80\xaetxt.exe") == "\\u202etxt.exe");
    // Bytes that are not UTF-8: a lone continuation byte, a truncated sequence, an overlong form.
    CHECK(printable("\x80") == "\\x80");
    CHECK(printable("\xe4\xb8") == "\\xe4\\xb8");
    CHECK(printable("\xc0\xaf") == "\\xc0\\xaf");
    // Cut after the given number of characters (not bytes), with the full length:
    // 100 'k' is 100 bytes; the first 80 are kept.
    CHECK(printable(std::string(100, 'k')) == std::string(80, 'k') + "… (100 bytes)");
    // 90 CJK characters are 270 bytes; 80 characters (240 bytes) are kept.
    std::string cjk;
    for (int i = 0; i < 90; ++i)
        cjk += "关";
    const std::string shown = printable(cjk);
    CHECK(shown.size() == 240 + std::string("… (270 bytes)").size());
    CHECK(shown.ends_with("… (270 bytes)"));
    // A megabyte key comes back as about a hundred bytes.
    CHECK(printable(std::string(1 << 20, 'x')).size() < 120);
    CHECK(printable("") == "");
    CHECK(printable("abc", 2) == "ab… (3 bytes)");
}
