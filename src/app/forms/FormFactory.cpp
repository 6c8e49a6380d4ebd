#include "app/forms/FormFactory.h"

#include "app/forms/AliasForm.h"
#include "app/forms/ConnectionTestForm.h"
#include "app/forms/DeleteForm.h"
#include "app/forms/EditPropertiesForm.h"
#include "app/forms/IdentifyForm.h"
#include "app/forms/SubscriptionForm.h"
#include "app/forms/TagsForm.h"
#include "app/forms/TrackEventForm.h"

namespace {
template <typename Form>
OperationForm* make(UserPrompts* prompts, QWidget* parent)
{
    return new Form(prompts, parent);
}
} // namespace

QList<FormFactory::Entry> FormFactory::entries()
{
    // The operations must be those each form's operations() answers (tst_FormFactory checks).
    return {{{Operation::Identify}, &make<IdentifyForm>},
            {{Operation::EditProperties}, &make<EditPropertiesForm>},
            {{Operation::Alias}, &make<AliasForm>},
            {{Operation::Unsubscribe, Operation::Resubscribe}, &make<SubscriptionForm>},
            {{Operation::Delete}, &make<DeleteForm>},
            {{Operation::TagsEdit}, &make<TagsForm>},
            {{Operation::TrackEvent}, &make<TrackEventForm>},
            {{Operation::Heartbeat}, &make<ConnectionTestForm>}};
}

QList<OperationForm*> FormFactory::createForms(UserPrompts* prompts, QWidget* parent)
{
    QList<OperationForm*> forms;
    for (const Entry& entry : entries()) {
        forms.append(entry.create(prompts, parent));
    }
    return forms;
}
