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
account-email-change-subject = أكّد عنوان بريدك الإلكتروني الجديد على { $site_name }
# templates/registration/email_change_email.{txt,html}: first paragraph (the confirmation link follows on its own line)
account-email-change-intro =
    طلبتَ استخدام هذا العنوان، { $new_email }، لحسابك على { $site_name }.
    للتأكيد، يُرجى الانتقال إلى الصفحة التالية:
# templates/registration/email_change_email.{txt,html}: after the link
account-email-change-validity =
    يعمل الرابط مرة واحدة فقط، وهو صالح لمدة { $timeout_hours ->
        [zero] { $timeout_hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $timeout_hours } ساعات
        [many] { $timeout_hours } ساعة
       *[other] { $timeout_hours } ساعة
    }. وإلى أن تفتحه، سيبقى حسابك على عنوانه الحالي.
# templates/registration/email_change_email.{txt,html}: last paragraph before the signature
account-email-change-ignore = إذا لم تطلب ذلك، فتجاهل هذه الرسالة: لن يتغيّر شيء.

## Security notices (src/server/services/security_notice.rs): one subject and one opening per kind

# templates/registration/security_notice_email_subject.txt, kind "password_changed"
account-notice-subject-password-changed = تم تغيير كلمة المرور الخاصة بك على { $site_name }
# kind "password_reset"
account-notice-subject-password-reset = تمت إعادة تعيين كلمة المرور الخاصة بك على { $site_name }
# kind "email_changed" (sent to the old address)
account-notice-subject-email-changed = تم تغيير عنوان البريد الإلكتروني لحسابك على { $site_name }
# kind "email_change_requested" (sent to the current address)
account-notice-subject-email-change-requested = طُلب عنوان بريد إلكتروني جديد لحسابك على { $site_name }
# templates/registration/security_notice_email.html: <title>
account-notice-title = تنبيه أمني من { $site_name }
# templates/registration/security_notice_email.{txt,html}: first paragraph, kind "password_changed"
account-notice-password-changed = تم تغيير كلمة المرور لحسابك على { $site_name }.
# kind "password_reset"
account-notice-password-reset = تمت إعادة تعيين كلمة المرور لحسابك على { $site_name } عبر رابط أُرسل إلى هذا العنوان.
# kind "email_changed"
account-notice-email-changed = أصبح حسابك على { $site_name } يستخدم العنوان { $new_email } بدلًا من هذا العنوان.
# kind "email_change_requested"
account-notice-email-change-requested =
    طلب شخص ما نقل حسابك على { $site_name } إلى العنوان { $new_email }. وقد أُرسل رابط إلى
    ذلك العنوان؛ وإلى أن يُفتح، سيحتفظ حسابك بهذا العنوان.
# templates/registration/security_notice_email.{txt,html}: when and where from
account-notice-when = الوقت: { $when }
account-notice-from = المصدر: { $ip } ({ $browser })
# templates/registration/security_notice_email.{txt,html}
account-notice-if-you = إذا كنت أنت من قام بذلك، فلا حاجة إلى أي إجراء.
# templates/registration/security_notice_email.{txt,html}: the "this wasn't me" link follows
account-notice-if-not =
    إذا لم تكن أنت، فانتقل إلى هذه الصفحة وأكّد ذلك: ستنتهي جميع جلسات حسابك، وستتوقف كلمة المرور
    الحالية عن العمل، وسيُرسَل إلى هذا العنوان رابط لاختيار كلمة مرور جديدة.
# templates/registration/security_notice_email.html: the text of the "this wasn't me" link
account-notice-link = لم أقم بذلك
# templates/registration/security_notice_email.{txt,html}: after the link
account-notice-validity =
    يعمل الرابط مرة واحدة فقط، وهو صالح لمدة { $timeout_days ->
        [zero] { $timeout_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $timeout_days } أيام
        [many] { $timeout_days } يومًا
       *[other] { $timeout_days } يوم
    }.

## Goodbye mail after "Delete my account" (src/server/services/delete_account.rs)

# templates/registration/account_deleted_email_subject.txt (also the <title> of the HTML part)
account-deleted-subject = تم حذف حسابك على { $site_name }
# templates/registration/account_deleted_email.{txt,html}: first paragraph
account-deleted-intro =
    تم حذف حسابك على { $site_name } بناءً على طلبك. وأصبح اسم المستخدم الخاص به وعنوان البريد
    الإلكتروني هذا متاحَين من جديد.
# templates/registration/account_deleted_email.txt: second paragraph (the register URL follows on its own line)
account-deleted-not-you-text =
    إذا لم تحذفه بنفسك، فقد حذفه شخص كان يعرف كلمة المرور الخاصة بك. يمكنك التسجيل من جديد في أي
    وقت:
# templates/registration/account_deleted_email.html: second paragraph; link to /accounts/register/
account-deleted-not-you-html = إذا لم تحذفه بنفسك، فقد حذفه شخص كان يعرف كلمة المرور الخاصة بك. يمكنك { $register_link } في أي وقت.
    .register-link = التسجيل من جديد
