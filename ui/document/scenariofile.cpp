#include "ui/document/scenariofile.h"

#include "core/fileio.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tariffsim::ui {

namespace {
struct ScenarioFile {
    Q_DECLARE_TR_FUNCTIONS(tariffsim::ui::ScenarioFile)
};
} // namespace

QString scenarioFileFilter()
{
    return ScenarioFile::tr("Scenario files (*.tariffsim.json);;JSON files (*.json);;All files (*)");
}

ScenarioFileResult readScenarioFile(const QString& path, const core::Dataset& ds)
{
    try {
        return {core::readScenarioFile(path.toStdString(), ds), {}};
    } catch (const std::exception& e) {
        return {std::nullopt, QString::fromStdString(e.what())};
    }
}

QString writeScenarioFile(const QString& path, const core::Scenario& scenario)
{
    try {
        core::writeFileAtomically(path.toStdString(), core::serializeScenario(scenario));
    } catch (const core::FileError& e) {
        return QString::fromStdString(e.what());
    }
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
