import type { TranslationLang } from './translation-languages.ts';
import type { UiStrings } from './ui-strings.ts';

/** The error messages the page writes itself (a 429 or 503 from a proxy, a failure with no message). */
export type PageErrorCode = 'internal' | 'rate_limited' | 'maintenance';

/** The page's text in a language answered through machine translation. */
export interface TranslatedPageText {
  /** UI strings translated from the English ones (the page shows English for the others). */
  ui: Partial<UiStrings>;
  /** The error messages the page writes itself. */
  errors: Partial<Record<PageErrorCode, string>>;
  /** Keys (`ui.<key>`, `errors.<code>`) a person has reviewed: kept as they are when this file is written again. */
  reviewed: string[];
}

/**
 * Written by `npm run i18n:translate` (scripts/translate-ui-strings.ts): the English UI strings through Cloud
 * Translation at build time, placeholders and names protected, reviewed keys kept. Machine-translated: the page
 * says so in each language. This version holds only the language menu and the page's error messages, written
 * for issue 17 without the service (it could not be reached where this was built) by the AI coding agent that wrote
 * the feature, and not yet reviewed by a native speaker (docs/open-items.md): run the script with TRANSLATION
 * configured for the rest.
 */
export const TRANSLATED_PAGE_TEXT: Record<TranslationLang, TranslatedPageText> = {
  vi: {
    ui: {
      languageLabel: "Ngôn ngữ",
      moreLanguages: "Ngôn ngữ khác (bản dịch máy)",
      errorLabel: "Lỗi:",
      networkError: "Không thể kết nối. Vui lòng kiểm tra kết nối và gửi lại.",
      interruptedError: "Kết nối bị mất trong khi trả lời. Vui lòng gửi lại.",
      feedbackFailed: "Không thể gửi ý kiến của bạn. Vui lòng thử lại.",
      mapUnavailable: "Không thể tải bản đồ. Danh sách bên dưới có tất cả các địa điểm.",
      locationDenied: "Quyền truy cập vị trí không được cho phép. Bạn có thể cho phép trong cài đặt trình duyệt, hoặc nhập tên địa điểm hay tên ga.",
      locationError: "Không thể xác định vị trí của bạn. Vui lòng thử lại, hoặc nhập tên địa điểm hay tên ga.",
      locationUnsupported: "Trình duyệt này không thể chia sẻ vị trí của bạn. Vui lòng nhập tên địa điểm hay tên ga."
    },
    errors: {
      internal: "Xin lỗi, đã xảy ra lỗi. Vui lòng thử lại.",
      rate_limited: "Có quá nhiều câu hỏi trong thời gian ngắn. Vui lòng đợi một lát rồi thử lại.",
      maintenance: "Dịch vụ đang được bảo trì. Vui lòng thử lại sau."
    },
    reviewed: []
  },
  ne: {
    ui: {
      languageLabel: "भाषा",
      moreLanguages: "अन्य भाषाहरू (मेसिन अनुवाद)",
      errorLabel: "त्रुटि:",
      networkError: "जडान हुन सकेन। कृपया आफ्नो जडान जाँच गरी फेरि पठाउनुहोस्।",
      interruptedError: "जवाफ आउँदै गर्दा जडान टुट्यो। कृपया फेरि पठाउनुहोस्।",
      feedbackFailed: "तपाईंको प्रतिक्रिया पठाउन सकिएन। कृपया फेरि प्रयास गर्नुहोस्।",
      mapUnavailable: "नक्सा लोड हुन सकेन। तलको सूचीमा सबै ठाउँहरू छन्।",
      locationDenied: "स्थान प्रयोग गर्ने अनुमति दिइएन। ब्राउजरको सेटिङमा अनुमति दिन सक्नुहुन्छ, वा ठाउँ वा स्टेसनको नाम लेख्नुहोस्।",
      locationError: "तपाईंको स्थान पत्ता लगाउन सकिएन। कृपया फेरि प्रयास गर्नुहोस्, वा ठाउँ वा स्टेसनको नाम लेख्नुहोस्।",
      locationUnsupported: "यो ब्राउजरले तपाईंको स्थान साझा गर्न सक्दैन। कृपया ठाउँ वा स्टेसनको नाम लेख्नुहोस्।"
    },
    errors: {
      internal: "माफ गर्नुहोस्, केही गडबड भयो। कृपया फेरि प्रयास गर्नुहोस्।",
      rate_limited: "छोटो समयमा धेरै प्रश्नहरू आए। कृपया केही बेर पर्खेर फेरि प्रयास गर्नुहोस्।",
      maintenance: "सेवा मर्मतमा छ। कृपया पछि फेरि प्रयास गर्नुहोस्।"
    },
    reviewed: []
  },
  tl: {
    ui: {
      languageLabel: "Wika",
      moreLanguages: "Iba pang wika (isinalin ng makina)",
      errorLabel: "Error:",
      networkError: "Hindi makakonekta. Pakitingnan ang iyong koneksyon at ipadala muli.",
      interruptedError: "Naputol ang koneksyon habang sumasagot. Pakipadala muli.",
      feedbackFailed: "Hindi naipadala ang iyong puna. Pakisubukang muli.",
      mapUnavailable: "Hindi ma-load ang mapa. Nasa listahan sa ibaba ang lahat ng lugar.",
      locationDenied: "Hindi pinayagan ang pag-access sa lokasyon. Maaari mo itong payagan sa mga setting ng browser, o i-type ang pangalan ng lugar o istasyon.",
      locationError: "Hindi mahanap ang iyong lokasyon. Pakisubukang muli, o i-type ang pangalan ng lugar o istasyon.",
      locationUnsupported: "Hindi maibahagi ng browser na ito ang iyong lokasyon. Pakitype ang pangalan ng lugar o istasyon."
    },
    errors: {
      internal: "Paumanhin, may nangyaring mali. Pakisubukang muli.",
      rate_limited: "Masyadong maraming tanong sa maikling panahon. Maghintay sandali at subukang muli.",
      maintenance: "Kasalukuyang inaayos ang serbisyo. Pakisubukang muli mamaya."
    },
    reviewed: []
  },
  th: {
    ui: {
      languageLabel: "ภาษา",
      moreLanguages: "ภาษาอื่น ๆ (แปลโดยเครื่อง)",
      errorLabel: "ข้อผิดพลาด:",
      networkError: "เชื่อมต่อไม่ได้ โปรดตรวจสอบการเชื่อมต่อแล้วส่งอีกครั้ง",
      interruptedError: "การเชื่อมต่อขาดระหว่างการตอบ โปรดส่งอีกครั้ง",
      feedbackFailed: "ส่งความคิดเห็นของคุณไม่ได้ โปรดลองอีกครั้ง",
      mapUnavailable: "โหลดแผนที่ไม่ได้ รายการด้านล่างมีสถานที่ทั้งหมด",
      locationDenied: "ไม่ได้รับอนุญาตให้ใช้ตำแหน่ง คุณสามารถอนุญาตได้ในการตั้งค่าเบราว์เซอร์ หรือพิมพ์ชื่อสถานที่หรือชื่อสถานี",
      locationError: "ไม่พบตำแหน่งของคุณ โปรดลองอีกครั้ง หรือพิมพ์ชื่อสถานที่หรือชื่อสถานี",
      locationUnsupported: "เบราว์เซอร์นี้แชร์ตำแหน่งของคุณไม่ได้ โปรดพิมพ์ชื่อสถานที่หรือชื่อสถานี"
    },
    errors: {
      internal: "ขออภัย เกิดข้อผิดพลาด โปรดลองอีกครั้ง",
      rate_limited: "มีคำถามมากเกินไปในเวลาสั้น ๆ โปรดรอสักครู่แล้วลองอีกครั้ง",
      maintenance: "บริการอยู่ระหว่างการบำรุงรักษา โปรดลองใหม่ภายหลัง"
    },
    reviewed: []
  },
  id: {
    ui: {
      languageLabel: "Bahasa",
      moreLanguages: "Bahasa lain (terjemahan mesin)",
      errorLabel: "Kesalahan:",
      networkError: "Tidak dapat terhubung. Periksa koneksi Anda lalu kirim lagi.",
      interruptedError: "Koneksi terputus saat menjawab. Silakan kirim lagi.",
      feedbackFailed: "Masukan Anda tidak dapat dikirim. Silakan coba lagi.",
      mapUnavailable: "Peta tidak dapat dimuat. Daftar di bawah berisi semua tempat.",
      locationDenied: "Akses lokasi tidak diizinkan. Anda dapat mengizinkannya di pengaturan browser, atau ketik nama tempat atau stasiun.",
      locationError: "Lokasi Anda tidak dapat ditemukan. Silakan coba lagi, atau ketik nama tempat atau stasiun.",
      locationUnsupported: "Browser ini tidak dapat membagikan lokasi Anda. Silakan ketik nama tempat atau stasiun."
    },
    errors: {
      internal: "Maaf, terjadi kesalahan. Silakan coba lagi.",
      rate_limited: "Terlalu banyak pertanyaan dalam waktu singkat. Harap tunggu sebentar lalu coba lagi.",
      maintenance: "Layanan sedang dalam pemeliharaan. Silakan coba lagi nanti."
    },
    reviewed: []
  },
  pt: {
    ui: {
      languageLabel: "Idioma",
      moreLanguages: "Outros idiomas (tradução automática)",
      errorLabel: "Erro:",
      networkError: "Não foi possível conectar. Verifique sua conexão e envie novamente.",
      interruptedError: "A conexão caiu durante a resposta. Envie novamente.",
      feedbackFailed: "Não foi possível enviar sua opinião. Tente novamente.",
      mapUnavailable: "Não foi possível carregar o mapa. A lista abaixo tem todos os lugares.",
      locationDenied: "O acesso à localização não foi permitido. Você pode permiti-lo nas configurações do navegador ou digitar o nome de um lugar ou estação.",
      locationError: "Não foi possível encontrar sua localização. Tente novamente ou digite o nome de um lugar ou estação.",
      locationUnsupported: "Este navegador não pode compartilhar sua localização. Digite o nome de um lugar ou estação."
    },
    errors: {
      internal: "Desculpe, algo deu errado. Tente novamente.",
      rate_limited: "Muitas perguntas em pouco tempo. Aguarde um momento e tente novamente.",
      maintenance: "O serviço está em manutenção. Tente novamente mais tarde."
    },
    reviewed: []
  },
  es: {
    ui: {
      languageLabel: "Idioma",
      moreLanguages: "Otros idiomas (traducción automática)",
      errorLabel: "Error:",
      networkError: "No se pudo conectar. Compruebe su conexión y vuelva a enviar.",
      interruptedError: "Se perdió la conexión durante la respuesta. Vuelva a enviar.",
      feedbackFailed: "No se pudo enviar su opinión. Inténtelo de nuevo.",
      mapUnavailable: "No se pudo cargar el mapa. La lista de abajo tiene todos los lugares.",
      locationDenied: "No se permitió el acceso a la ubicación. Puede permitirlo en la configuración del navegador o escribir el nombre de un lugar o estación.",
      locationError: "No se pudo encontrar su ubicación. Inténtelo de nuevo o escriba el nombre de un lugar o estación.",
      locationUnsupported: "Este navegador no puede compartir su ubicación. Escriba el nombre de un lugar o estación."
    },
    errors: {
      internal: "Lo sentimos, algo salió mal. Inténtelo de nuevo.",
      rate_limited: "Demasiadas preguntas en poco tiempo. Espere un momento e inténtelo de nuevo.",
      maintenance: "El servicio está en mantenimiento. Inténtelo más tarde."
    },
    reviewed: []
  },
  fr: {
    ui: {
      languageLabel: "Langue",
      moreLanguages: "Autres langues (traduction automatique)",
      errorLabel: "Erreur :",
      networkError: "Connexion impossible. Vérifiez votre connexion et renvoyez votre question.",
      interruptedError: "La connexion a été perdue pendant la réponse. Veuillez renvoyer votre question.",
      feedbackFailed: "Votre avis n'a pas pu être envoyé. Veuillez réessayer.",
      mapUnavailable: "La carte n'a pas pu être chargée. La liste ci-dessous contient tous les lieux.",
      locationDenied: "L'accès à la position n'a pas été autorisé. Vous pouvez l'autoriser dans les réglages du navigateur, ou saisir le nom d'un lieu ou d'une gare.",
      locationError: "Votre position n'a pas pu être trouvée. Veuillez réessayer, ou saisir le nom d'un lieu ou d'une gare.",
      locationUnsupported: "Ce navigateur ne peut pas partager votre position. Veuillez saisir le nom d'un lieu ou d'une gare."
    },
    errors: {
      internal: "Désolé, une erreur s'est produite. Veuillez réessayer.",
      rate_limited: "Trop de questions en peu de temps. Veuillez patienter un instant et réessayer.",
      maintenance: "Le service est en maintenance. Veuillez réessayer plus tard."
    },
    reviewed: []
  }
};
