### The web admin for the site's staff (/admin/), default locale: en.

## Home (src/ui/pages/admin.rs, AdminHome)

# <Title> and <h1> of /admin/
admin-title = Site administration

## People (src/ui/pages/admin.rs, People)

# <Title> and <h1> of /admin/users/, and the link back to it
admin-people-title = People
# the link to the next page of the list
admin-next-page = Next page
# the list when nothing matches
admin-no-match = No account matches.
# the status line above the list: how many accounts this page shows
admin-rows-shown =
    { $count ->
        [one] One account shown.
       *[other] { $count } accounts shown.
    }
# the search field's label
admin-search-label = Username or email address begins with
# the state filter's label
admin-state-label = State
# the search button
admin-search-submit = Search
# the state filter's options, and an account's state
admin-state-all = All
admin-state-pending = Waiting for activation
admin-state-expired = Activation period over
admin-state-active = Active
admin-state-deactivated = Deactivated
admin-state-staff = Staff
# column headers
admin-col-username = Username
admin-col-email = Email address
admin-col-state = State
admin-col-joined = Joined

## One account (src/ui/pages/admin_person.rs)

# the notice after an action, followed by the action's name
admin-done = Done:
admin-last-login = Last login
admin-key-issued = Activation link sent
admin-key-expires = Activation link expires
# the accessible name of the password field of each action form
admin-password-label = Your password
admin-actions-title = Actions
# shown when the staff member's login is older than 15 minutes
admin-password-hint = Your login is more than 15 minutes old: enter your password to confirm an action.
admin-action-activate = Activate
admin-action-resend = Resend the activation email
admin-action-extend = Extend the activation period
admin-action-deactivate = Deactivate
admin-action-reactivate = Reactivate
admin-action-force-reset = Force a password reset
admin-action-end-sessions = End all sessions
admin-action-delete = Delete the account
admin-mails-title = Mail
admin-col-when = When
admin-col-subject = Subject
admin-col-delivery = Delivery
admin-col-attempts = Attempts
admin-col-error = Last error
admin-mail-sent = Sent
admin-mail-failed = Failed
admin-mail-retrying = Retrying
admin-mail-queued = Queued
admin-trail-title = Audit trail
admin-col-what = What
admin-col-who = Who
admin-col-from = From

## Refusals of staff actions (src/server/services/staff_actions.rs)

admin-nothing-to-do = Nothing to do: the account is not in a state this action applies to.
admin-not-yourself = You cannot do this to your own account.
admin-password-required = Enter your password to confirm this action.

## Mail (src/ui/pages/admin_mail.rs)

# <Title>, <h1> and the home page's link
admin-mail-title = Outgoing mail
# the accessible name of the delivery-state filters
admin-mail-filter-label = Delivery state
admin-col-to = To
# the button of an unsent message
admin-mail-retry = Retry now
# the notice after "Retry now"
admin-mail-retried = The message will be sent again in a moment.
# the notice after purging
admin-mail-purged =
    { $count ->
        [one] { $count } sent message was deleted.
       *[other] { $count } sent messages were deleted.
    }
# the purge form
admin-mail-purge-label = Delete sent messages older than (days)
admin-mail-purge-submit = Delete

## Funnel (src/ui/pages/admin_funnel.rs)

admin-funnel-title = Sign-up funnel, last 30 days
admin-funnel-median = Median time to activation
admin-funnel-p90 = 90th percentile of the time to activation
admin-funnel-within-hour = Activated within an hour
admin-funnel-within-day = Activated within a day
admin-funnel-registered = Registrations
admin-funnel-activated = Activations
admin-funnel-caption = per day, the last 30 days
admin-funnel-day = Day
admin-funnel-delivered = Activation mails delivered
admin-funnel-expired = Expired
admin-funnel-deleted = Deleted
admin-funnel-failures = Failed deliveries by recipient domain
admin-funnel-no-failures = No failed deliveries in these 30 days.
admin-funnel-domain = Domain
admin-funnel-failed = Failed deliveries
# a duration: minutes; hours and minutes; days and hours
admin-duration-minutes = { $minutes } min
admin-duration-hours = { $hours } h { $minutes } min
admin-duration-days = { $days } d { $hours } h
