#include "app/forms/FormFactory.h"

#include "app/forms/AliasForm.h"
#include "app/forms/ConnectionTestForm.h"
#include "app/forms/DeleteForm.h"
#include "app/forms/EditPropertiesForm.h"
#include "app/forms/IdentifyForm.h"
#include "app/forms/SubscriptionForm.h"
#include "app/forms/TagsForm.h"
#include "app/forms/TrackEventForm.h"

QList<OperationForm*> FormFactory::createForms(UserPrompts* prompts, QWidget* parent)
{
    return {new IdentifyForm(prompts, parent),
            new EditPropertiesForm(prompts, parent),
            new AliasForm(prompts, parent),
            new SubscriptionForm(prompts, parent),
            new DeleteForm(prompts, parent),
            new TagsForm(prompts, parent),
            new TrackEventForm(prompts, parent),
            new ConnectionTestForm(prompts, parent)};
}
