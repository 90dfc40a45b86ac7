#include "ui/document/money.h"

#include "ui/document/language.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tariffsim::ui {

QString formatUsdBn(double usdBn, int decimals, bool sign)
{
    const bool chinese = chineseInterface();
    const int places = chinese ? std::max(0, decimals - 1) : decimals;
    const double value = usdBn * usdBnScale();
    // No "−0.0": a value that rounds to zero is written without a sign.
    const double limit = 0.5 * std::pow(10.0, -places);
    const bool zero = std::abs(value) < limit;
    const QString body = QLocale(QLocale::English, QLocale::UnitedStates).toString(zero ? 0.0 : std::abs(value), 'f', places);
    const QString prefix = zero ? QString() : value < 0 ? QStringLiteral("\u2212") : sign ? QStringLiteral("+") : QString();
    return chinese ? prefix + body + QStringLiteral("亿美元") : prefix + QLatin1Char('$') + body + QStringLiteral("bn");
}

QString usdBnUnit() { return chineseInterface() ? QStringLiteral("亿美元") : QStringLiteral("USD bn"); }

double usdBnScale() { return chineseInterface() ? 10.0 : 1.0; }

} // namespace tariffsim::ui
