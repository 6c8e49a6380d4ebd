#include "app/widgets/TagListEditor.h"

#include "core/api/VeroRecommendations.h"

#include <QEvent>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

namespace {
// The list's least height, in pixels: a few tags show without scrolling.
constexpr int MinimumListHeight = 70;
} // namespace

TagListEditor::TagListEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tagEdit = new QLineEdit(this);
    m_tagEdit->setObjectName(QStringLiteral("tagEdit"));
    m_tagEdit->setPlaceholderText(tr("Type a tag and press Enter"));
    m_tagEdit->setClearButtonEnabled(true);
    m_tagEdit->setAccessibleDescription(tr("Type a tag and press Enter to add it to the list"));
    m_addButton = new QPushButton(tr("Add"), this);
    m_addButton->setObjectName(QStringLiteral("addTagButton"));
    m_addButton->setAccessibleDescription(tr("Adds the typed tag to the list"));
    m_addButton->setEnabled(false);
    m_addButton->setAutoDefault(false);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setAccessibleDescription(tr("The tags to send; Delete removes the selected ones"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMinimumHeight(MinimumListHeight);
    m_list->installEventFilter(this);
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeTagButton"));
    m_removeButton->setAccessibleDescription(tr("Removes the selected tags from the list"));
    m_removeButton->setEnabled(false);
    m_removeButton->setAutoDefault(false);

    layout->addWidget(m_tagEdit, 0, 0);
    layout->addWidget(m_addButton, 0, 1);
    layout->addWidget(m_list, 1, 0);
    layout->addWidget(m_removeButton, 1, 1, Qt::AlignTop);
    setFocusProxy(m_tagEdit);
    setSubject(tr("Tags"));

    connect(m_tagEdit, &QLineEdit::returnPressed, this, &TagListEditor::addPendingTag);
    connect(m_tagEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_addButton->setEnabled(!text.trimmed().isEmpty());
        emit changed();
    });
    connect(m_addButton, &QPushButton::clicked, this, &TagListEditor::addPendingTag);
    connect(m_removeButton, &QPushButton::clicked, this, &TagListEditor::removeSelectedTags);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        m_removeButton->setEnabled(!m_list->selectedItems().isEmpty());
    });
    connect(m_list, &QListWidget::itemChanged, this, &TagListEditor::changed);
}

void TagListEditor::setSubject(const QString& subject)
{
    setAccessibleName(subject);
    m_tagEdit->setAccessibleName(tr("%1: new tag").arg(subject));
    m_addButton->setAccessibleName(tr("Add the typed tag to %1").arg(subject));
    m_list->setAccessibleName(subject);
    m_removeButton->setAccessibleName(tr("Remove the selected tags from %1").arg(subject));
}

void TagListEditor::setPlaceholderText(const QString& text)
{
    m_tagEdit->setPlaceholderText(text);
}

QStringList TagListEditor::tags() const
{
    QStringList list;
    for (int row = 0; row < m_list->count(); ++row) {
        const QString tag = m_list->item(row)->text().trimmed();
        if (!tag.isEmpty() && !list.contains(tag)) {
            list.append(tag);
        }
    }
    return list;
}

void TagListEditor::setTags(const QStringList& tags)
{
    m_tagEdit->clear(); // a tag typed but not added belongs to what is replaced
    m_list->clear();
    for (const QString& tag : tags) {
        auto* item = new QListWidgetItem(tag, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    emit changed();
}

QString TagListEditor::pendingText() const
{
    return m_tagEdit->text().trimmed();
}

void TagListEditor::addPendingTag()
{
    if (m_tagEdit->text().trimmed().isEmpty()) {
        return;
    }
    // "trial, churned" is two tags: a tag with a comma in it is almost always a typing slip.
    for (const QString& tag : VeroRecommendations::splitTags(m_tagEdit->text())) {
        const QList<QListWidgetItem*> existing = m_list->findItems(tag, Qt::MatchExactly);
        if (existing.isEmpty()) {
            auto* item = new QListWidgetItem(tag, m_list);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            m_list->scrollToItem(item);
        } else {
            m_list->setCurrentItem(existing.first());
        }
    }
    m_tagEdit->clear(); // emits changed
}

void TagListEditor::removeSelectedTags()
{
    const QList<QListWidgetItem*> selected = m_list->selectedItems();
    if (selected.isEmpty()) {
        return;
    }
    qDeleteAll(selected);
    emit changed();
}

bool TagListEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
            removeSelectedTags();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
