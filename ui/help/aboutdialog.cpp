#include "ui/help/aboutdialog.h"

#include "ui/document/language.h"
#include "ui/document/vintage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace tariffsim::ui {

QString tariffsimVersion()
{
    return QStringLiteral(TARIFFSIM_VERSION);
}

QString aboutHtml(const core::Dataset& dataset)
{
    const QString vintage = vintageSummary(dataset);
    QString html = AboutDialog::tr("<h3>Tariff Scenario Simulator</h3>"
                                   "<p>tariffsim version %1</p>"
                                   "<p>US–China tariff scenarios: daily tariff schedules from dated legal layers, "
                                   "truces and snap-backs, and the trade response.</p>")
                       .arg(tariffsimVersion().toHtmlEscaped());
    if (!vintage.isEmpty())
        html += AboutDialog::tr("<p><b>Data as of:</b> %1.</p>").arg(vintage.toHtmlEscaped());
    if (!dataset.vintage.note.empty())
        html += QStringLiteral("<p>%1</p>").arg(dataText(dataset.vintage.note).toHtmlEscaped());
    html += AboutDialog::tr("<p>Every figure in the dataset carries its source: see "
                            "<a href=\"help:data.md\">The shipped dataset</a> in Help.</p>"
                            "<p>Copyright 2026 The tariffsim developers. tariffsim is free software under the GNU General "
                            "Public License, version 3 or (at your option) any later version "
                            "(GPL-3.0-or-later). It comes with no warranty.</p>"
                            "<p>Built with Qt %1.</p>")
                .arg(QStringLiteral(QT_VERSION_STR));
    return html;
}

AboutDialog::AboutDialog(const core::Dataset& dataset, QWidget* parent)
    : QDialog(parent)
    , m_dataset(dataset)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About tariffsim"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/tariffsim.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    m_text = new QLabel(aboutHtml(dataset), this);
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(420);
    row->addWidget(m_text, 1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("help:")))
            emit helpPageRequested(link.mid(5));
    });
}

QString AboutDialog::text() const
{
    return m_text->text();
}

void AboutDialog::changeEvent(QEvent* event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        setWindowTitle(tr("About tariffsim"));
        m_text->setText(aboutHtml(m_dataset));
    }
}

} // namespace tariffsim::ui
