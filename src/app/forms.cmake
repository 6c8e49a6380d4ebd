# The operation forms, their widgets and FormFactory; included by this folder's CMakeLists.txt.
# Paths are relative to src/app.
set(VERO_FORM_SOURCES
    AliasForm.cpp AliasForm.h ../../ui/AliasForm.ui
    ChannelsEditor.cpp ChannelsEditor.h
    ConnectionTestForm.cpp ConnectionTestForm.h ../../ui/ConnectionTestForm.ui
    DeleteConfirmationDialog.cpp DeleteConfirmationDialog.h ../../ui/DeleteConfirmationDialog.ui
    DeleteForm.cpp DeleteForm.h ../../ui/DeleteForm.ui
    EditPropertiesForm.cpp EditPropertiesForm.h ../../ui/EditPropertiesForm.ui
    FieldErrorLabel.cpp FieldErrorLabel.h
    FieldErrorRouter.cpp FieldErrorRouter.h
    FormFactory.cpp FormFactory.h
    IdentifyForm.cpp IdentifyForm.h ../../ui/IdentifyForm.ui
    PropertyEditor.cpp PropertyEditor.h
    PropertyTableDelegate.cpp PropertyTableDelegate.h
    ResultView.cpp ResultView.h
    SubscriptionForm.cpp SubscriptionForm.h ../../ui/SubscriptionForm.ui
    TagListEditor.cpp TagListEditor.h
    TagsForm.cpp TagsForm.h ../../ui/TagsForm.ui
    TrackEventForm.cpp TrackEventForm.h ../../ui/TrackEventForm.ui
    ValidatedOperationForm.cpp ValidatedOperationForm.h
)
