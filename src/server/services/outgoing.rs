//! The mail budget: every authentication mail goes through `spend_budget` before it is queued,
//! so no address receives more than `MAIL_BUDGET_PER_ADDRESS` of them in 24 hours, however
//! many instances, clients and kinds of request ask. Over budget, nothing is queued and the
//! caller answers as usual (the visitor cannot tell, so the budget reveals no account).

use crate::server::db::{limits, outbox, to_millis, Tx};
use crate::server::error::AppError;
use crate::server::mail::message::OutgoingEmail;
use crate::server::state::Core;
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};

/// The kinds of authentication mail (the label of the over-budget metric and log line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MailKind {
    Activation,
    Resend,
    PasswordReset,
    AccountExists,
    EmailChange,
}

impl MailKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Activation => "activation",
            Self::Resend => "resend",
            Self::PasswordReset => "password_reset",
            Self::AccountExists => "account_exists",
            Self::EmailChange => "email_change",
        }
    }
}

/// The window of the budget.
const WINDOW_HOURS: i64 = 24;

/// Spends one mail of `address`'s budget in `tx` (rolled back with it); false, with a log line
/// and a metric, when the address has had its share.
pub async fn spend_budget(
    core: &Core,
    tx: &mut Tx,
    kind: MailKind,
    address: &str,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    // Counted under a digest of the address: the table holds no address in clear.
    let address = hex::encode(Sha256::digest(address.trim().to_lowercase().as_bytes()));
    let since = to_millis(now - Duration::hours(WINDOW_HOURS));
    let budget = core.settings.mail_budget_per_address;
    let spent = limits::spend_mail_budget(tx, &address, budget, since, to_millis(now)).await?;
    if !spent {
        core.metrics.mails_over_budget.with_label_values(&[kind.label()]).inc();
        tracing::warn!(
            kind = kind.label(),
            budget,
            "mail not queued: the address has had its budget for 24 hours"
        );
    }
    Ok(spent)
}

/// Queues `email` in `tx` if its recipient's budget allows; returns whether it was queued.
pub async fn queue_within_budget(
    core: &Core,
    tx: &mut Tx,
    kind: MailKind,
    email: &OutgoingEmail,
    now: DateTime<Utc>,
) -> Result<bool, AppError> {
    if !spend_budget(core, tx, kind, &email.to, now).await? {
        return Ok(false);
    }
    outbox::enqueue(tx, email, now).await?;
    Ok(true)
}
