### Account self-service mails (default locale: en), from templates/registration/*:
### the email-change confirmation, the security notices and the goodbye mail.
###
### Variables: site.name -> $site_name, user.username -> $username, new_email -> $new_email,
### timeout_hours -> $timeout_hours, timeout_days -> $timeout_days, when -> $when (a time such
### as "2026-12-01 10:04 UTC"), ip -> $ip (a client address), browser -> $browser (such as
### "Firefox on Linux"). The greeting (mail-greeting) and the signature (mail-team-signature)
### come from mail.ftl. URLs stay in the templates, on their own lines.
### Where text and HTML words differ (a link inside the sentence), there is a -text and an
### -html message; the -html one carries the link text as an attribute.
### Subjects must stay on one line.

## Email-change confirmation, to the new address (src/server/services/email_change.rs)

# templates/registration/email_change_email_subject.txt (also the <title> of the HTML part)
account-email-change-subject = { $site_name } の新しいメールアドレスの確認
# templates/registration/email_change_email.{txt,html}: first paragraph (the confirmation link follows on its own line)
account-email-change-intro =
    { $site_name } のアカウントのメールアドレスを、このアドレス（{ $new_email }）に変更するお申し込みを受け付けました。
    確認のため、次のページを開いてください:
# templates/registration/email_change_email.{txt,html}: after the link
account-email-change-validity = このリンクは 1 回だけ、今から { $timeout_hours } 時間以内に使用できます。リンクを開くまでは、アカウントのメールアドレスは現在のまま変わりません。
# templates/registration/email_change_email.{txt,html}: last paragraph before the signature
account-email-change-ignore = お心当たりがない場合は、このメールを無視してください。何も変更されません。

## Security notices (src/server/services/security_notice.rs): one subject and one opening per kind

# templates/registration/security_notice_email_subject.txt, kind "password_changed"
account-notice-subject-password-changed = { $site_name } のパスワードが変更されました
# kind "password_reset"
account-notice-subject-password-reset = { $site_name } のパスワードがリセットされました
# kind "email_changed" (sent to the old address)
account-notice-subject-email-changed = { $site_name } のアカウントのメールアドレスが変更されました
# kind "email_change_requested" (sent to the current address)
account-notice-subject-email-change-requested = { $site_name } のアカウントで新しいメールアドレスへの変更が申請されました
# templates/registration/security_notice_email.html: <title>
account-notice-title = { $site_name } からのセキュリティに関するお知らせ
# templates/registration/security_notice_email.{txt,html}: first paragraph, kind "password_changed"
account-notice-password-changed = { $site_name } のアカウントのパスワードが変更されました。
# kind "password_reset"
account-notice-password-reset = { $site_name } のアカウントのパスワードが、このメールアドレスに送信されたリンクからリセットされました。
# kind "email_changed"
account-notice-email-changed = { $site_name } のアカウントのメールアドレスが、このアドレスから { $new_email } に変更されました。
# kind "email_change_requested"
account-notice-email-change-requested =
    { $site_name } のアカウントのメールアドレスを { $new_email } に変更する申請がありました。
    そのアドレス宛てにリンクを送信しました。リンクが開かれるまで、アカウントのメールアドレスはこのアドレスのまま変わりません。
# templates/registration/security_notice_email.{txt,html}: when and where from
account-notice-when = 日時: { $when }
account-notice-from = 接続元: { $ip }（{ $browser }）
# templates/registration/security_notice_email.{txt,html}
account-notice-if-you = ご自身による操作であれば、特に対応の必要はありません。
# templates/registration/security_notice_email.{txt,html}: the "this wasn't me" link follows
account-notice-if-not =
    ご自身による操作でない場合は、次のページを開いて確定してください。確定すると、アカウントのすべてのセッションが終了し、現在のパスワードは使えなくなります。
    新しいパスワードを設定するためのリンクは、このメールアドレスに送信されます。
# templates/registration/security_notice_email.html: the text of the "this wasn't me" link
account-notice-link = この操作に心当たりがありません
# templates/registration/security_notice_email.{txt,html}: after the link
account-notice-validity = このリンクは 1 回だけ、今から { $timeout_days } 日以内に使用できます。

## Goodbye mail after "Delete my account" (src/server/services/delete_account.rs)

# templates/registration/account_deleted_email_subject.txt (also the <title> of the HTML part)
account-deleted-subject = { $site_name } のアカウントを削除しました
# templates/registration/account_deleted_email.{txt,html}: first paragraph
account-deleted-intro =
    ご依頼により、{ $site_name } のアカウントを削除しました。
    ユーザー名とこのメールアドレスは、再び登録に使用できるようになりました。
# templates/registration/account_deleted_email.txt: second paragraph (the register URL follows on its own line)
account-deleted-not-you-text =
    ご自身で削除していない場合は、パスワードを知っていた第三者が削除したと考えられます。
    いつでも改めて登録できます:
# templates/registration/account_deleted_email.html: second paragraph; link to /accounts/register/
account-deleted-not-you-html = ご自身で削除していない場合は、パスワードを知っていた第三者が削除したと考えられます。いつでも{ $register_link }ことができます。
    .register-link = もう一度登録する
