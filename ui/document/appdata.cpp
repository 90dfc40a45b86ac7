#include "ui/document/appdata.h"

#include <QDir>
#include <QFile>

namespace tariffsim::ui {

core::DataFiles readResourceFolder(const char* folder)
{
    core::DataFiles files;
    const auto read = [&](const QDir& dir, const QString& prefix) {
        for (const QString& name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                files[(prefix + name).toStdString()] = f.readAll().toStdString();
        }
    };
    const QDir dir(QString::fromUtf8(folder));
    read(dir, {});
    // The product lists coverage rules refer to.
    if (dir.exists(QStringLiteral("lists")))
        read(QDir(dir.filePath(QStringLiteral("lists"))), QStringLiteral("lists/"));
    return files;
}

const AppData& bundledData()
{
    static const AppData data = [] {
        AppData d;
        d.dataset = core::loadDataset(readResourceFolder(":/data"));
        d.presets = std::make_unique<core::PresetLibrary>(readResourceFolder(":/presets"), d.dataset);
        return d;
    }();
    return data;
}

} // namespace tariffsim::ui
