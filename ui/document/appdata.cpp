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

std::unique_ptr<AppData> makeAppData(core::Dataset dataset, const core::DataFiles& presetFiles)
{
    auto d = std::make_unique<AppData>();
    d->dataset = std::move(dataset);
    d->presets = std::make_unique<core::PresetLibrary>(presetFiles, d->dataset);
    d->coverage = std::make_shared<const core::CoverageModel>(d->dataset);
    return d;
}

const AppData& bundledData()
{
    static const std::unique_ptr<AppData> data =
        makeAppData(core::loadDataset(readResourceFolder(":/data")), readResourceFolder(":/presets"));
    return *data;
}

} // namespace tariffsim::ui
