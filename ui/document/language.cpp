#include "ui/document/language.h"

#include "core/text.h"
#include "ui/document/dates.h"
#include "ui/document/money.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <cmath>
#include <memory>

namespace tariffsim::ui {

namespace {

const QString kEnglish = QStringLiteral("en");
const QString kChinese = QStringLiteral("zh_CN");
const QString kSettingKey = QStringLiteral("ui/language");

struct Installed {
    QString code = kEnglish;
    bool applied = false; ///< the locale of `code` is the default (not yet at start)
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
};

Installed& installed()
{
    static Installed i;
    return i;
}

void removeTranslators()
{
    Installed& i = installed();
    if (i.program)
        QCoreApplication::removeTranslator(i.program.get());
    if (i.qt)
        QCoreApplication::removeTranslator(i.qt.get());
    i.program.reset();
    i.qt.reset();
}

core::TextLocale textLocaleFor(const QString& code)
{
    if (code == kEnglish)
        return core::englishTextLocale();
    core::TextLocale l;
    l.translate = [](const char* context, const char* source) {
        return QCoreApplication::translate(context, source).toStdString();
    };
    // Without a sign, as the core's patterns place it.
    l.usdBn = [](double v, int decimals) { return formatUsdBn(std::abs(v), decimals).toStdString(); };
    l.longDate = [](core::Date d) { return formatDay(d).toStdString(); };
    l.shortDate = [](core::Date d) { return formatDay(d).toStdString(); };
    l.month = [](core::YearMonth m) { return formatMonth(m).toStdString(); };
    return l;
}

} // namespace

QStringList availableLanguages() { return {kEnglish, kChinese}; }

QString languageName(const QString& code)
{
    if (code == kChinese)
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString languageSetting() { return QSettings().value(kSettingKey).toString(); }

void setLanguageSetting(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(kSettingKey);
    else
        settings.setValue(kSettingKey, code);
}

QString resolveLanguage(const QString& setting, const QLocale& system)
{
    if (availableLanguages().contains(setting))
        return setting;
    return system.language() == QLocale::Chinese ? kChinese : kEnglish;
}

bool applyLanguage(const QString& code)
{
    if (!availableLanguages().contains(code))
        return false;
    Installed& i = installed();
    if (code == i.code && i.applied)
        return true;
    // The new translations are loaded first: one that does not load leaves the language as it is.
    std::unique_ptr<QTranslator> program;
    std::unique_ptr<QTranslator> qt;
    if (code != kEnglish) {
        program = std::make_unique<QTranslator>();
        if (!program->load(QStringLiteral(":/i18n/tariffsim_") + code + QStringLiteral(".qm")))
            return false;
        // Qt's own texts (standard buttons, file dialogs), where the system has them.
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset();
    }
    // The language, locale and core text locale change before the translators:
    // every LanguageChange event they send finds the new ones in place.
    i.applied = true;
    i.code = code;
    QLocale::setDefault(interfaceLocale());
    core::setTextLocale(textLocaleFor(code));
    removeTranslators(); // back to English, this sends the LanguageChange event
    i.program = std::move(program);
    i.qt = std::move(qt);
    if (i.qt)
        QCoreApplication::installTranslator(i.qt.get());
    if (i.program)
        QCoreApplication::installTranslator(i.program.get());
    return true;
}

QString dataText(const std::string& name)
{
    return QCoreApplication::translate("Data", name.c_str());
}

QString dataText(const QString& name) { return dataText(name.toStdString()); }

QString currentLanguage() { return installed().code; }

bool chineseInterface() { return installed().code == kChinese; }

QLocale interfaceLocale()
{
    return chineseInterface() ? QLocale(QLocale::Chinese, QLocale::China)
                              : QLocale(QLocale::English, QLocale::UnitedStates);
}

} // namespace tariffsim::ui
