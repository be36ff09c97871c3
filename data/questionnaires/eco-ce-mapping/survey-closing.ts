/** Section 12: where the answers come from, what is missing, and the institution's clearance. */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { beginGroup, endGroup, mandatory, yesNo } from "./common-rows.ts";

export const closingRows: SurveyRow[] = [
  beginGroup(
    "closing",
    texts("12. Data sources and comments", "12. Источники данных и комментарии", "۱۲. منابع داده و توضیحات"),
    { appearance: "field-list" },
  ),
  {
    type: "text",
    name: "data_sources",
    label: texts(
      "Main sources of the information and data given (publications, databases, with links where possible)",
      "Основные источники представленных сведений и данных (публикации, базы данных, по возможности со ссылками)",
      "منابع اصلی اطلاعات و داده‌های ارائه‌شده (نشریه‌ها و پایگاه‌های داده، در صورت امکان همراه با پیوند)",
    ),
    ...mandatory,
    appearance: "multiline",
  },
  {
    type: "text",
    name: "data_gaps",
    label: texts(
      "Data that exist but could not be provided, and why",
      "Данные, которые существуют, но не могли быть представлены, и причины этого",
      "داده‌هایی که وجود دارند اما ارائهٔ آن‌ها ممکن نبود، و دلیل آن",
    ),
    appearance: "multiline",
  },
  yesNo(
    "support_requested",
    texts(
      "Would your institution like technical support from the ECO Secretariat and UNIDO to fill data gaps?",
      "Заинтересовано ли Ваше учреждение в технической поддержке со стороны Секретариата ОЭС и ЮНИДО для восполнения пробелов в данных?",
      "آیا نهاد شما مایل است برای رفع کمبودهای داده از پشتیبانی فنی دبیرخانهٔ اکو و یونیدو بهره‌مند شود؟",
    ),
  ),
  {
    type: "text",
    name: "comments",
    label: texts("Other comments", "Прочие комментарии", "سایر توضیحات"),
    appearance: "multiline",
  },
  yesNo(
    "clearance",
    texts(
      "Have these answers been cleared by your institution for sharing with the ECO Secretariat?",
      "Согласованы ли эти ответы Вашим учреждением для передачи Секретариату ОЭС?",
      "آیا این پاسخ‌ها برای ارائه به دبیرخانهٔ اکو به تأیید نهاد شما رسیده است؟",
    ),
  ),
  {
    type: "note",
    name: "closing_note",
    label: texts(
      "Thank you. Save the form as final and submit it; the Secretariat will contact you if anything needs clarifying.",
      "Благодарим Вас. Сохраните форму как окончательную и отправьте её; при необходимости уточнений Секретариат свяжется с Вами.",
      "سپاسگزاریم. فرم را به‌صورت نهایی ذخیره و ارسال کنید؛ در صورت نیاز به توضیح بیشتر، دبیرخانه با شما تماس خواهد گرفت.",
    ),
  },
  endGroup,
];
