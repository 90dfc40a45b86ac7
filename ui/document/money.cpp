#include "ui/document/money.h"

#include "ui/document/language.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace tariffsim::ui {

namespace {

// Whether the amount is written as 0 in the interface's unit.
bool roundsToZero(double usdBn, int decimals)
{
    return std::abs(usdBn * usdBnScale()) < 0.5 * std::pow(10.0, -usdBnPlaces(decimals));
}

} // namespace

int usdBnPlaces(int decimals) { return chineseInterface() ? std::max(0, decimals - 1) : decimals; }

QString usdBnFigure(double usdBn, int decimals)
{
    // No "0.0" written as "-0.0" or with a sign's worth of rounding left.
    const double value = roundsToZero(usdBn, decimals) ? 0.0 : std::abs(usdBn * usdBnScale());
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(value, 'f', usdBnPlaces(decimals));
}

QString formatUsdBn(double usdBn, int decimals, bool sign)
{
    const QString body = usdBnFigure(usdBn, decimals);
    // A value that rounds to zero is written without a sign.
    const bool zero = roundsToZero(usdBn, decimals);
    const QString prefix = zero ? QString() : usdBn < 0 ? QStringLiteral("\u2212") : sign ? QStringLiteral("+") : QString();
    return chineseInterface() ? prefix + body + usdBnUnit() : prefix + QLatin1Char('$') + body + QStringLiteral("bn");
}

QString usdBnUnit() { return chineseInterface() ? QStringLiteral("亿美元") : QStringLiteral("USD bn"); }

double usdBnScale() { return chineseInterface() ? 10.0 : 1.0; }

} // namespace tariffsim::ui
