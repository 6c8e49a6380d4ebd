#include "FormFactory.h"

#include "AliasForm.h"
#include "ConnectionTestForm.h"
#include "DeleteForm.h"
#include "EditPropertiesForm.h"
#include "IdentifyForm.h"
#include "SubscriptionForm.h"
#include "TagsForm.h"
#include "TrackEventForm.h"

QList<OperationForm*> FormFactory::createForms(QWidget* parent)
{
    return {new IdentifyForm(parent),
            new EditPropertiesForm(parent),
            new AliasForm(parent),
            new SubscriptionForm(parent),
            new DeleteForm(parent),
            new TagsForm(parent),
            new TrackEventForm(parent),
            new ConnectionTestForm(parent)};
}
