#include "cli.h"

#include "core/fileio.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHashSeed>

#include <cerrno>
#include <iostream>
#include <streambuf>
#include <string>

#include <unistd.h>

namespace {

QtMessageHandler g_previous = nullptr;

// Headless rendering needs no runtime directory; Qt's note that it made one up
// is noise on the standard error of a script.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    g_previous(type, context, message);
}

// Standard output through write(2), keeping the first error: a result that did
// not reach its reader (a full disk, /dev/full, a closed pipe) must not end in
// exit status 0.
class CheckedOutput : public std::streambuf {
public:
    explicit CheckedOutput(int fd)
        : m_fd(fd)
    {
        setp(m_buffer, m_buffer + sizeof m_buffer);
    }
    ~CheckedOutput() override { sync(); }

    /// errno of the first failed write, or 0.
    int error() const { return m_error; }

protected:
    int overflow(int c) override
    {
        if (sync() != 0)
            return traits_type::eof();
        if (c != traits_type::eof()) {
            *pptr() = static_cast<char>(c);
            pbump(1);
        }
        return traits_type::not_eof(c);
    }
    int sync() override
    {
        const char* data = pbase();
        std::size_t left = static_cast<std::size_t>(pptr() - pbase());
        while (left > 0 && m_error == 0) {
            const ssize_t n = ::write(m_fd, data, left);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_error = n < 0 ? errno : EIO;
                break;
            }
            data += n;
            left -= static_cast<std::size_t>(n);
        }
        setp(m_buffer, m_buffer + sizeof m_buffer);
        return m_error == 0 ? 0 : -1;
    }

private:
    int m_fd;
    int m_error = 0;
    char m_buffer[1 << 16];
};

int runChecked(const std::vector<std::string>& args)
{
    CheckedOutput buffer(STDOUT_FILENO);
    std::ostream out(&buffer);
    int code = tariffsim::cli::run(args, out, std::cerr);
    out.flush();
    if (buffer.error() != 0) {
        std::cerr << "tariffsim-cli: cannot write to standard output: " << tariffsim::core::errnoText(buffer.error())
                  << "\n";
        code = tariffsim::cli::InvalidInput;
    }
    return code;
}

} // namespace

int main(int argc, char* argv[])
{
    // The same input gives the same bytes: Qt's PDF writer orders its font objects
    // by hash, so the seed is fixed.
    QHashSeed::setDeterministicGlobalSeed();
    std::vector<std::string> args(argv + 1, argv + argc);
    // Rendering (export, briefing) needs a GUI application; it runs headless on
    // the offscreen platform unless QT_QPA_PLATFORM says otherwise. The other
    // commands keep a plain core application: no platform plugin to load.
    // The command is the first word that is not --lang or its value.
    size_t first = 0;
    while (first < args.size() && (args[first] == "--lang" || args[first].starts_with("--lang=")))
        first += args[first] == "--lang" ? 2 : 1;
    const bool renders = first < args.size() && (args[first] == "export" || args[first] == "briefing");
    if (renders) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previous = qInstallMessageHandler(quietHandler);
        QApplication app(argc, argv);
        return runChecked(args);
    }
    QCoreApplication app(argc, argv);
    return runChecked(args);
}
