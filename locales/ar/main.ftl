### الصفحات والنماذج ورسائل التحقق والأخطاء (ar).
### المعرّفات والمتغيرات نفسها كما في locales/en/main.ftl حيث تُذكر مواضعها في الشيفرة.
### صيغ الجمع حسب فئات CLDR للعربية: zero وone وtwo وfew وmany وother.
### الصفحات العربية تُعرض باتجاه rtl، ويُستحسن إبقاء عزل المتغيرات (U+2068/U+2069) مفعّلًا.

## Site frame

site-name = التسجيل
nav-log-out = تسجيل الخروج
nav-log-in = تسجيل الدخول
nav-register = إنشاء حساب

## Home page

home-title = مرحبًا بك
home-heading-user = مرحبًا بك، { $username }
home-link-account = حسابك
home-link-change-password = تغيير كلمة المرور
home-link-register = إنشاء حساب
home-link-resend = إعادة إرسال رسالة التفعيل
home-link-log-in = تسجيل الدخول

## Terms of Service

terms-title = شروط الخدمة
terms-agreement = بتسجيلك، فإنك توافق على استخدام هذا الموقع استخدامًا مشروعًا وعلى الحفاظ على سرية كلمة مرورك.
terms-deletion = تُحذف الحسابات التي لا تُفعَّل خلال مدة التفعيل.

## Registration form

register-title = إنشاء حساب جديد
register-resend-hint = لم تصلك رسالة التفعيل؟ { $resend_link }
    .resend-link = أعِد إرسالها
register-username-label = اسم المستخدم
register-email-label = البريد الإلكتروني
register-password1-label = كلمة المرور
register-password2-label = تأكيد كلمة المرور
register-tos-label = قرأتُ { $terms_link } وأوافق عليها
    .terms-link = شروط الخدمة
register-use-suggestion = استخدم { $address }
register-honeypot-label = اترك هذا الحقل فارغًا
register-submit = إنشاء الحساب

## After registering

register-complete-title = أُرسلت رسالة التفعيل
register-complete-check-address = يُرجى التحقق من بريد { $address }، فقد أرسلنا إليه رسالة تحتوي على رابط لتفعيل حسابك.
register-complete-check-inbox = يُرجى التحقق من البريد الإلكتروني الذي سجّلت به، فقد أرسلنا إليه رابطًا لتفعيل حسابك.
register-complete-validity = الرابط صالح لمدة محدودة. لم يصلك شيء؟ { $resend_link }.
    .resend-link = أعِد إرسالها
register-closed-title = التسجيل مغلق
register-closed-text = عذرًا، التسجيل مغلق في الوقت الحالي. يُرجى العودة لاحقًا.

## Activation

activate-complete-title = تم تفعيل الحساب
activate-complete-heading = تم تفعيل حسابك.
activate-complete-text = يمكنك الآن { $login_link }.
    .login-link = تسجيل الدخول
activate-failed-title = فشل التفعيل
activate-failed-heading = تعذّر تفعيل الحساب
activate-confirm-title = فعّل حسابك
activate-confirm-account = يفعّل هذا الرابط الحساب { $username }.
activate-confirm-press = اضغط على الزر لتفعيله.
activate-confirm-press-log-in = اضغط على الزر لتفعيله وتسجيل الدخول.
activate-confirm-submit = فعّل حسابي
activate-already-activated = سبق تفعيل هذا الحساب بهذا الرابط.
activate-already-log-in = يمكنك { $login_link } باسم المستخدم وكلمة المرور.
    .login-link = تسجيل الدخول
activate-expired = انتهت صلاحية رابط التفعيل هذا.
activate-expired-renew = أرسل لي رابطًا جديدًا
activate-expired-hint = سيُرسَل الرابط الجديد إلى العنوان الذي سجّلت به. يمكنك أيضًا { $register_link }.
    .register-link = التسجيل من جديد
activate-invalid = رابط التفعيل هذا غير صالح. تأكّد من أنك نسخت الرابط كاملًا من الرسالة.
activate-invalid-hint = يمكنك { $resend_link } أو { $register_link }.
    .resend-link = طلب رابط تفعيل جديد
    .register-link = إنشاء حساب
activate-renewed-title = أُرسل رابط تفعيل جديد
activate-renewed-text = إذا كان هذا الرابط يخص تسجيلًا ينتظر التفعيل، فإن رابطًا جديدًا في طريقه إلى العنوان الذي سُجّل به.
common-check-inbox = يُرجى التحقق من صندوق الوارد (ومجلد الرسائل غير المرغوب فيها).

## Resend the activation email

resend-title = إعادة إرسال رسالة التفعيل
resend-email-label = البريد الإلكتروني
resend-submit = إرسال
resend-sent = إذا كان { $email } يخص حسابًا ينتظر التفعيل، فقد أرسلنا إليه رابط تفعيل جديدًا.

## Log in, log out, profile

login-title = تسجيل الدخول
login-username-label = اسم المستخدم
login-password-label = كلمة المرور
login-submit = تسجيل الدخول
login-forgot-password = هل نسيت كلمة المرور؟
login-register-link = إنشاء حساب
logout-title = تسجيل الخروج
logout-done-heading = تم تسجيل الخروج
logout-done-text = لقد سجّلت الخروج. { $login_link }
    .login-link = سجّل الدخول مجددًا
logout-submit = تسجيل الخروج
profile-title = حسابك
profile-username = اسم المستخدم: { $username }
profile-email = البريد الإلكتروني: { $email }
profile-change-password = تغيير كلمة المرور

## Password change and reset pages

password-new-label = كلمة المرور الجديدة
password-new-confirm-label = تأكيد كلمة المرور الجديدة
password-old-label = كلمة المرور القديمة
password-change-title = تغيير كلمة المرور
password-change-submit = غيّر كلمة المرور
password-change-done-title = تم تغيير كلمة المرور بنجاح
password-change-done-text = تم تغيير كلمة المرور الخاصة بك.
password-reset-title = إعادة تعيين كلمة المرور
password-reset-intro = هل نسيت كلمة المرور؟ أدخل بريدك الإلكتروني أدناه، وسنرسل إليك تعليمات تعيين كلمة مرور جديدة.
password-reset-email-label = عنوان البريد الإلكتروني
password-reset-submit = أعِد تعيين كلمة المرور
password-reset-done-title = أُرسلت تعليمات إعادة التعيين
password-reset-done-text = إذا كان هناك حساب مرتبط بالبريد الإلكتروني الذي أدخلته، فقد أرسلنا إليك تعليمات تعيين كلمة المرور. ستصلك قريبًا.
password-reset-done-hint = إذا لم تصلك رسالة، فتأكّد من أنك أدخلت العنوان الذي سجّلت به، وتحقّق من مجلد الرسائل غير المرغوب فيها.
password-reset-invalid-title = تعذّرت إعادة تعيين كلمة المرور
password-reset-invalid-text = رابط إعادة تعيين كلمة المرور غير صالح، ربما لأنه استُخدم من قبل. يُرجى طلب إعادة تعيين جديدة لكلمة المرور.
password-reset-invalid-link = اطلب إعادة تعيين جديدة لكلمة المرور
password-reset-confirm-title = أدخل كلمة المرور الجديدة
password-reset-confirm-intro = يُرجى إدخال كلمة المرور الجديدة مرتين حتى نتحقق من أنك كتبتها بشكل صحيح.
password-reset-confirm-submit = غيّر كلمة المرور
password-reset-complete-title = اكتملت إعادة تعيين كلمة المرور
password-reset-complete-text = تم تعيين كلمة المرور. يمكنك الآن { $login_link }.
    .login-link = تسجيل الدخول

## Page not found

not-found-title = الصفحة غير موجودة
not-found-text = لا يوجد شيء على هذا العنوان. { $home_link }.
    .home-link = انتقل إلى الصفحة الرئيسية

## Field validation (Django's wording)

error-required = هذا الحقل مطلوب.
error-invalid-username = أدخل اسم مستخدم صالحًا. يمكن أن تحتوي هذه القيمة على حروف وأرقام والرموز @/./+/-/_ فقط.
error-duplicate-username = هناك مستخدم موجود مسبقاً بهذا الاسم.
error-invalid-email = أدخل عنوان بريد إلكتروني صالحًا.
error-duplicate-email = عنوان البريد الإلكتروني هذا مستخدم بالفعل. يُرجى إدخال عنوان بريد إلكتروني آخر.
error-free-email = لا يُسمح بالتسجيل باستخدام عناوين البريد الإلكتروني المجانية. يُرجى إدخال عنوان بريد إلكتروني آخر.
error-disposable-email = لا يُسمح بالتسجيل باستخدام عناوين البريد الإلكتروني المؤقتة. يُرجى إدخال عنوان بريد إلكتروني آخر.
error-domain-cannot-receive = لا يمكن لنطاق البريد الإلكتروني هذا استقبال الرسائل.
error-tos-required = يجب أن توافق على الشروط لإنشاء حساب
error-null-characters = الأحرف الفارغة (null) غير مسموح بها.
error-too-long =
    تأكّد من ألّا يزيد طول هذه القيمة على { $max ->
        [zero] { $max } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $max } أحرف
        [many] { $max } حرفًا
       *[other] { $max } حرف
    } (طولها الحالي { $actual }).
error-did-you-mean = هل تقصد { $address }؟
error-try-again = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
error-rate-limited =
    محاولات كثيرة جدًا. يُرجى الانتظار { $retry_after ->
        [zero] { $retry_after } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $retry_after } ثوانٍ
        [many] { $retry_after } ثانية
       *[other] { $retry_after } ثانية
    } ثم المحاولة مرة أخرى.
login-invalid = الرجاء إدخال اسم المستخدم وكلمة المرور الصحيحين. لاحظ أن كلا الحقلين قد يكون حساسًا لحالة الأحرف.
password-wrong-old = كلمة مرورك القديمة غير صحيحة. رجاءً أدخلها مرة أخرى.

## Password validators (Django's wording)

password-mismatch = حقلا كلمتي المرور غير متطابقين.
password-too-short =
    كلمة المرور هذه قصيرة جدًا. يجب أن تحتوي على { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل.
password-too-common = كلمة المرور هذه شائعة جدًا.
password-entirely-numeric = كلمة المرور هذه مكوّنة من أرقام فقط.
password-similar-username = كلمة المرور مشابهة جدًا لاسم المستخدم.
password-similar-email = كلمة المرور مشابهة جدًا لعنوان البريد الإلكتروني.
password-help-similarity = لا يمكن أن تكون كلمة المرور مشابهة جدًا لمعلوماتك الشخصية الأخرى.
password-help-min-length =
    يجب أن تحتوي كلمة المرور على { $min ->
        [zero] { $min } حرف
        [one] حرف واحد
        [two] حرفين
        [few] { $min } أحرف
        [many] { $min } حرفًا
       *[other] { $min } حرف
    } على الأقل.
password-help-common = لا يمكن أن تكون كلمة المرور من كلمات المرور الشائعة الاستخدام.
password-help-numeric = لا يمكن أن تتكوّن كلمة المرور من أرقام فقط.

## HTTP error answers (plain HTML door)

http-too-many-title = محاولات كثيرة جدًا
common-wait-retry =
    يُرجى الانتظار { $retry_after ->
        [zero] { $retry_after } ثانية
        [one] ثانية واحدة
        [two] ثانيتين
        [few] { $retry_after } ثوانٍ
        [many] { $retry_after } ثانية
       *[other] { $retry_after } ثانية
    } ثم المحاولة مرة أخرى.
http-unavailable = هذا غير متاح الآن. يُرجى المحاولة مرة أخرى بعد قليل.
http-bad-form = تعذّرت قراءة النموذج.
http-bad-host = طلب غير صالح (400): هذا الموقع لا يستجيب لاسم المضيف هذا.
http-cross-site = ممنوع: أُرسل هذا النموذج من موقع آخر.
http-too-large-title = الطلب كبير جدًا
http-too-large-text = النموذج الذي أرسلته أكبر مما يقبله هذا الموقع. يُرجى الرجوع، واختصار ما كتبته، ثم المحاولة مرة أخرى.
http-starting = الخدمة قيد التشغيل. يُرجى المحاولة مرة أخرى بعد بضع ثوانٍ.

## JSON API problem details

problem-cross-site = أُرسل هذا الطلب من موقع آخر.
problem-no-such-operation = لا توجد عملية كهذه.
problem-not-found = هذا الإجراء غير متاح على هذا الموقع.
problem-invalid-input = المدخلات تحتوي على أخطاء.
problem-rate-limited = محاولات كثيرة جدًا.
problem-login-required = يجب عليك تسجيل الدخول.
problem-registration-closed = التسجيل مغلق.
problem-already-logged-in = أنت مسجّل الدخول بالفعل.
problem-invalid-token = رابط إعادة تعيين كلمة المرور غير صالح، ربما لأنه استُخدم من قبل.
problem-invalid-link = الرابط غير صالح، ربما لأنه استُخدم من قبل أو انتهت صلاحيته.
problem-unavailable = حدث خطأ من جهتنا.
problem-unavailable-detail = يُرجى المحاولة مرة أخرى بعد قليل.
problem-activation-key-invalid = مفتاح التفعيل هذا غير صالح.
problem-activation-key-expired = انتهت صلاحية مفتاح التفعيل هذا.
problem-activation-key-expired-detail = اطلب رسالة تفعيل جديدة.
problem-already-activated = سبق تفعيل هذا الحساب.
problem-unsupported-media-type = أرسل محتوى الطلب بتنسيق application/json.
problem-malformed-body = تعذّرت قراءة محتوى الطلب.

## Development mailbox

devmail-title = صندوق بريد التطوير
devmail-nav-label = التطوير
devmail-nav-mailbox = صندوق البريد
devmail-nav-register = إنشاء حساب
devmail-intro =
    آخر { $capacity ->
        [zero] { $capacity } رسالة
        [one] رسالة
        [two] رسالتين
        [few] { $capacity } رسائل
        [many] { $capacity } رسالة
       *[other] { $capacity } رسالة
    } أرسلها هذا الخادم ({ $setting }، للتطوير فقط). الأحدث أولًا.
devmail-col-received = تاريخ الاستلام
devmail-col-to = إلى
devmail-col-subject = الموضوع
devmail-col-from = من
devmail-empty = لا توجد رسائل بعد. { $register_link }، ثم عُد إلى هنا لفتح رسالة التفعيل.
    .register-link = أنشئ حسابًا
devmail-view-html = عرض نسخة HTML
devmail-back = العودة إلى صندوق البريد
devmail-no-such-mail =
    لا توجد رسالة كهذه (يحتفظ صندوق البريد بآخر { $capacity ->
        [zero] { $capacity } رسالة
        [one] رسالة
        [two] رسالتين
        [few] { $capacity } رسائل
        [many] { $capacity } رسالة
       *[other] { $capacity } رسالة
    }).
devmail-no-html-part = لا توجد رسالة كهذه، أو ليس لها جزء HTML.
