#pragma once

// The language of the interface. English is the source language; Simplified
// Chinese (zh_CN) is a translation built from translations/tariffsim_zh_CN.ts into
// the program. The language follows the system locale unless the user chose one
// (View > Language, remembered); changing it installs the translation at once,
// and Qt sends every widget a LanguageChange event.
//
// Money, days and months follow the language too: English "$33.0bn", "14 May
// 2025"; Chinese 330亿美元 (hundreds of millions: billions times ten, one decimal
// fewer), 2025年5月14日.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <string>

namespace tariffsim::ui {

/// The interface's languages, English first: "en", "zh_CN".
QStringList availableLanguages();
/// The language's own name: "English", "简体中文".
QString languageName(const QString& code);

/// The language the user chose (QSettings "ui/language"); "" follows the system.
QString languageSetting();
void setLanguageSetting(const QString& code);

/// The language for a setting: the setting itself when it names one of ours,
/// otherwise the system's: Simplified Chinese for any Chinese locale (the only
/// Chinese translation), English for every other.
QString resolveLanguage(const QString& setting, const QLocale& system = QLocale::system());

/// Makes `code` the interface's language: installs its translations (the
/// program's and Qt's own where installed), sets the default QLocale and the
/// core's text locale. Returns false, leaving the language as it is, for an
/// unknown code or a translation that does not load.
bool applyLanguage(const QString& code);
/// The language applied last ("en" before any).
QString currentLanguage();
/// Whether the interface is in Chinese.
bool chineseInterface();
/// The locale of the interface's language.
QLocale interfaceLocale();

/// Applies a language for its lifetime, then the one in force before it.
class ScopedLanguage {
public:
    explicit ScopedLanguage(const QString& code)
        : m_before(currentLanguage())
        , m_applied(applyLanguage(code))
    {
    }
    ~ScopedLanguage() { applyLanguage(m_before); }
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

    /// Whether `code` was applied (applyLanguage's result).
    bool applied() const { return m_applied; }

private:
    QString m_before;
    bool m_applied;
};

/// A name from the shipped data (measure, truce, sector, partner, preset title,
/// event label) in the interface's language: its translation under the context
/// "Data" (ui/document/datanames.cpp lists them for the translation tools), or
/// the name itself (a user's own measure).
QString dataText(const std::string& name);
QString dataText(const QString& name);

} // namespace tariffsim::ui
