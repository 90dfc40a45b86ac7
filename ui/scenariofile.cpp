#include "scenariofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

namespace tariffsim::ui {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("tariffsim::ui::ScenarioFile", text); }
} // namespace

QString scenarioFileFilter()
{
    return tr("Scenario files (*.tariffsim.json);;JSON files (*.json);;All files (*)");
}

ScenarioFileResult readScenarioFile(const QString& path, const core::Dataset& ds)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {std::nullopt, tr("The file does not exist.")};
    if (!info.isFile())
        return {std::nullopt, tr("This is not a regular file.")};
    const qint64 limit = static_cast<qint64>(core::kMaxScenarioBytes);
    if (info.size() > limit)
        return {std::nullopt, tr("(file): the file is larger than %1 MiB; not a scenario file.")
                                  .arg(core::kMaxScenarioBytes / (1024 * 1024))};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, file.errorString()};
    // At most one byte past the limit, whatever the size said.
    const QByteArray bytes = file.read(limit + 1);
    try {
        return {core::parseScenario(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), ds), {}};
    } catch (const core::ScenarioError& e) {
        return {std::nullopt, QString::fromStdString(e.what())};
    } catch (const std::exception& e) {
        return {std::nullopt, QString::fromStdString(e.what())};
    }
}

QString writeScenarioFile(const QString& path, const core::Scenario& scenario)
{
    const std::string text = core::serializeScenario(scenario);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size())) {
        const QString error = file.errorString();
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

QString suggestedFileName(const QString& title)
{
    QString base = title.toLower();
    base.replace(QRegularExpression(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption),
                 QStringLiteral("-"));
    base.replace(QLatin1Char('_'), QLatin1Char('-'));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("scenario");
    return base.left(60) + kScenarioSuffix;
}

} // namespace tariffsim::ui
