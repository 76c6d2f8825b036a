### عناوين الرسائل ونصوصها (ar). المعرّفات والمتغيرات نفسها كما في locales/en/mail.ftl.

## Shared by all three mails

mail-greeting = مرحبًا { $username }،
mail-team-signature = فريق { $site_name }

## Activation mail

mail-activation-subject = تفعيل الحساب على { $site_name }
mail-activation-intro =
    لقد طلبتَ (أو طلب شخص ينتحل شخصيتك) تسجيل حساب على
    { $site_name }. إذا لم تكن أنت من فعل ذلك، فتجاهل هذه الرسالة
    وسيُحذف عنوانك من سجلاتنا.
mail-activation-link-prompt =
    لتفعيل هذا الحساب، يُرجى النقر على الرابط التالي خلال
    { $expiration_days ->
        [zero] { $expiration_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $expiration_days } أيام
        [many] { $expiration_days } يومًا
       *[other] { $expiration_days } يوم
    }:
mail-activation-signoff = مع خالص التحية،
mail-activation-signature = إدارة { $site_name }

## Password reset mail

mail-password-reset-subject = إعادة تعيين كلمة المرور على { $site_name }
mail-password-reset-intro =
    تصلك هذه الرسالة لأنك طلبت إعادة تعيين كلمة المرور لحساب المستخدم الخاص بك
    على { $site_name }.
mail-password-reset-link-prompt = يُرجى الانتقال إلى الصفحة التالية واختيار كلمة مرور جديدة:
mail-password-reset-validity =
    يعمل الرابط مرة واحدة فقط، وهو صالح لمدة { $timeout_hours ->
        [zero] { $timeout_hours } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $timeout_hours } ساعات
        [many] { $timeout_hours } ساعة
       *[other] { $timeout_hours } ساعة
    }.
mail-password-reset-username = اسم المستخدم الخاص بك، في حال نسيته: { $username }
mail-password-reset-thanks = شكرًا لاستخدامك موقعنا!

## "Account exists" mail

mail-account-exists-subject = لديك حساب بالفعل على { $site_name }
mail-account-exists-intro =
    حاول شخص ما (ربما أنت) تسجيل حساب جديد على { $site_name } باستخدام عنوان البريد
    الإلكتروني هذا. يوجد حساب بهذا العنوان بالفعل، لذا لم يُنشأ أي حساب جديد.
mail-account-exists-login-text = إذا كنت أنت، يمكنك تسجيل الدخول باسم المستخدم الخاص بك ({ $username }):
mail-account-exists-login-html = إذا كنت أنت، يمكنك { $login_link } باسم المستخدم الخاص بك ({ $username }).
    .login-link = تسجيل الدخول
mail-account-exists-reset-text = هل نسيت كلمة المرور؟ اختر كلمة مرور جديدة من هنا:
mail-account-exists-reset-html = هل نسيت كلمة المرور؟ { $reset_link }.
    .reset-link = اختر كلمة مرور جديدة
mail-account-exists-ignore = إذا لم تكن أنت، يمكنك تجاهل هذه الرسالة: لم يتغيّر شيء.
