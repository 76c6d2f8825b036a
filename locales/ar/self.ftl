### Self-service pages (ar).

## Log in

login-email-label = عنوان البريد الإلكتروني
login-either-label = اسم المستخدم أو عنوان البريد الإلكتروني
login-remember-me = تذكّرني

## Profile

profile-pending-email = بانتظار التأكيد: { $address } (افتح الرابط الذي أرسلناه إلى هذا العنوان)
profile-change-email = تغيير عنوان البريد الإلكتروني
profile-delete-account = حذف حسابك
profile-language-label = لغة رسائل البريد الإلكتروني
profile-language-submit = حفظ
profile-sessions-title = الأماكن التي سجّلت الدخول منها
profile-sessions-end-others = تسجيل الخروج من جميع الجلسات الأخرى
profile-session-this-device = (هذا الجهاز)
profile-session-seen = { $ip } · آخر نشاط: { $time }
profile-session-end = تسجيل الخروج
profile-session-end-label = تسجيل الخروج من { $browser } ({ $ip })

## Email change

email-change-title = تغيير عنوان البريد الإلكتروني
email-change-intro = يستخدم حسابك العنوان { $address }. سنرسل رابطًا إلى العنوان الجديد؛ وإلى أن تفتحه، سيحتفظ حسابك بهذا العنوان.
email-change-email-label = عنوان البريد الإلكتروني الجديد
current-password-label = كلمة المرور
email-change-submit = أرسل الرابط
email-change-back = العودة إلى حسابك
email-change-done-title = تحقّق من عنوانك الجديد
email-change-done-text = أرسلنا رابط تأكيد إلى عنوانك الجديد. وإلى أن تفتحه، سيحتفظ حسابك بعنوانه الحالي.
email-change-done-hint = إذا لم يصلك، فتحقّق من مجلد الرسائل غير المرغوب فيها، أو اطلبه مرة أخرى: آخر رابط فقط هو الذي يعمل.
email-confirm-invalid-title = تعذّر تغيير عنوان البريد الإلكتروني
email-confirm-invalid-text = لم يُغيَّر عنوان بريدك الإلكتروني. كان الرابط غير صالح، ربما لأنه استُخدم من قبل، أو حلّ محلّه رابط أحدث، أو انتهت صلاحيته.
email-confirm-title = أكّد عنوان بريدك الإلكتروني الجديد
email-confirm-text = سيستخدم حسابك العنوان { $address } من الآن فصاعدًا.
email-confirm-submit = استخدم هذا العنوان
email-change-complete-title = تم تغيير عنوان البريد الإلكتروني
email-change-complete-text = أصبح حسابك يستخدم عنوانه الجديد. { $profile_link }
    .profile-link = حسابك

## "This wasn't me" (the link in a security notice)

not-me-invalid-title = الرابط غير صالح
not-me-invalid-text = لم يتغيّر شيء. كان الرابط غير صالح، ربما لأنه استُخدم من قبل، أو حلّ محلّه رابط أحدث، أو انتهت صلاحيته.
not-me-title = أمِّن حسابك
not-me-intro = إذا لم تكن أنت من أجرى التغيير الذي أبلغناك به، فأمِّن الحساب { $username }:
not-me-sessions = تنتهي جميع جلسات الحساب أينما كانت؛
not-me-password = تتوقف كلمة المرور الخاصة به عن العمل؛
not-me-address = يعود الحساب إلى العنوان الذي أُرسل إليه تنبيهنا، ويُرسَل إلى ذلك العنوان رابط لاختيار كلمة مرور جديدة.
not-me-submit = أمِّن حسابي
not-me-done-title = تم تأمين الحساب
not-me-done-text = انتهت جميع جلسات الحساب ولم تعُد كلمة المرور الخاصة به تعمل. وأرسلنا رابطًا لاختيار كلمة مرور جديدة إلى العنوان الذي أُرسل إليه تنبيهنا.

## Account deletion

delete-title = حذف حسابك
delete-warning = سيؤدي هذا إلى حذف الحساب { $username } فورًا ونهائيًا: لا يمكن التراجع عن ذلك. وسيصبح اسم المستخدم الخاص به وعنوانه ({ $address }) متاحَين من جديد، وستؤكّد رسالة أخيرة عملية الحذف.
delete-confirm-hint = أدخل كلمة المرور للتأكيد.
delete-submit = احذف حسابي
delete-keep = أبقِ على حسابي
delete-done-title = تم حذف الحساب
delete-done-text = تم حذف حسابك. { $home_link }
    .home-link = العودة إلى الصفحة الرئيسية

## Language picker

language-picker-label = اللغة

## Field validation (Django's wording)

login-invalid-email = الرجاء إدخال عنوان البريد الإلكتروني وكلمة المرور الصحيحين. لاحظ أن كلا الحقلين قد يكون حساسًا لحالة الأحرف.
login-invalid-either = الرجاء إدخال اسم المستخدم أو عنوان البريد الإلكتروني وكلمة المرور الصحيحين. لاحظ أن كلا الحقلين قد يكون حساسًا لحالة الأحرف.
password-wrong = كلمة مرورك غير صحيحة. رجاءً أدخلها مرة أخرى.
error-invalid-choice = اختر خيارًا صالحًا. { $value } ليس أحد الخيارات المتاحة.
error-same-email = هذا هو عنوان بريدك الإلكتروني بالفعل.
