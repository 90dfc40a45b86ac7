#include "ui/document/appdata.h"

#include <QDir>
#include <QFile>
#include <QCoreApplication>
#include <QStandardPaths>
#include <QStringList>

#include <set>

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

QString defaultUserDataFolder()
{
    // AppDataLocation is GenericDataLocation/<organisation>/<application>; named
    // here so that tariffsim-cli finds the folder the window reads.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/tariffsim/tariffsim/data");
}

QString currentUserDataFolder()
{
    const QString started = qApp ? qApp->property("tariffsimDataFolder").toString() : QString();
    return started.isEmpty() ? defaultUserDataFolder() : started;
}

std::unique_ptr<AppData> loadWithUserData(const QString& folder, std::vector<core::DataProblem>& problems)
{
    const core::DataFiles files = core::readUserDirectory(folder.toStdString(), problems);
    if (files.empty())
        return nullptr;
    const size_t before = problems.size();
    // A measures file of the user's is read with the shipped one (its layers
    // and truces change the schedule); the CSV files' rows are merged after.
    std::optional<core::Dataset> withMeasures;
    if (const auto it = files.find(std::string(core::kUserMeasuresFile)); it != files.end())
        withMeasures = core::loadWithUserMeasures(readResourceFolder(":/data"), it->second, problems);
    core::Dataset ds = withMeasures ? std::move(*withMeasures) : bundledData().dataset;
    core::mergeUserFiles(ds, files, problems);
    std::set<std::string> skipped;
    for (size_t i = before; i < problems.size(); ++i)
        skipped.insert(problems[i].file);
    if (skipped.size() == files.size())
        return nullptr;
    return makeAppData(std::move(ds), readResourceFolder(":/presets"));
}

QString skippedFilesText(const std::vector<core::DataProblem>& problems)
{
    QStringList lines;
    for (size_t i = 0; i < problems.size();) {
        const core::DataProblem& p = problems[i];
        size_t n = 1;
        while (i + n < problems.size() && problems[i + n].file == p.file)
            ++n;
        QString line = QStringLiteral("%1 skipped: line %2, %3: %4")
                           .arg(QString::fromStdString(p.file))
                           .arg(p.line)
                           .arg(QString::fromStdString(p.field), QString::fromStdString(p.reason));
        if (n > 1)
            line += QStringLiteral(" (and %1 more %2)").arg(n - 1).arg(n == 2 ? QStringLiteral("problem")
                                                                              : QStringLiteral("problems"));
        lines << line;
        i += n;
    }
    return lines.join(QLatin1Char('\n'));
}

const AppData& bundledData()
{
    static const std::unique_ptr<AppData> data =
        makeAppData(core::loadDataset(readResourceFolder(":/data")), readResourceFolder(":/presets"));
    return *data;
}

} // namespace tariffsim::ui
