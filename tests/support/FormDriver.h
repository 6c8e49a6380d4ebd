#pragma once

#include "app/widgets/PropertyEditor.h"

#include <QObject>
#include <QString>

class ChannelsEditor;
class QAbstractItemView;
class QWidget;
class TagListEditor;

// Fills the forms' composite widgets the way a user does, with keys and clicks: add a row, type, Tab to the
// next cell, Enter to finish. Shared by the form tests; each returns false when a widget it needs is missing.
class FormDriver
{
public:
    // The item editor open in `view` (after earlier editors were closed and deleted), or nullptr.
    static QWidget* openEditor(QAbstractItemView* view);
    // Clicks "Add property", types the key, picks the type in its chooser, types (or picks) the value, Enter.
    static bool
    addProperty(PropertyEditor* editor, const QString& key, PropertyEditor::Type type, const QString& value);
    // Replaces the Raw JSON tab's text by typing it.
    static bool typeRawJson(PropertyEditor* editor, const QString& json);
    // Clicks "Add channel" (type defaults to push), types the address, Tab, the platform, Enter.
    static bool addChannel(ChannelsEditor* editor, const QString& address, const QString& platform);
    // Types the tag into the entry and presses Enter.
    static bool addTag(TagListEditor* editor, const QString& tag);

    // The child of `parent` called `name`, or nullptr (with a warning naming it): the caller QVERIFYs it, so a
    // missing widget fails that test, not the whole run.
    template <typename T>
    static T* child(const QObject* parent, const char* name)
    {
        T* widget = parent ? parent->findChild<T*>(QLatin1String(name)) : nullptr;
        if (!widget) {
            qWarning("FormDriver: no %s called %s", T::staticMetaObject.className(), name);
        }
        return widget;
    }
};
