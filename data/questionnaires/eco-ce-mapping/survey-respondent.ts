/**
 * The opening page and section 1: who answers, for which member state, in which language. The
 * country and the answer language fill every record the submission creates.
 */
import { type SurveyRow, texts } from "../../../scripts/questionnaires/questionnaire-source.ts";
import { beginGroup, endGroup, mandatory } from "./common-rows.ts";

export const introductionRows: SurveyRow[] = [
  beginGroup("introduction", texts("Introduction", "Введение", "مقدمه"), { appearance: "field-list" }),
  {
    type: "note",
    name: "intro_note",
    label: texts(
      "This questionnaire collects your country's information for the regional mapping of the circular-economy transition in the ECO region, carried out by the ECO Secretariat and UNIDO under the RESCUE initiative. Please answer on behalf of your institution, consulting other ministries and agencies where needed. You can save your answers and complete the form over several sessions.",
      "Настоящий вопросник предназначен для сбора сведений о Вашей стране в рамках регионального обзора перехода к экономике замкнутого цикла в регионе ОЭС, который проводят Секретариат ОЭС и ЮНИДО в рамках инициативы RESCUE. Просим отвечать от имени Вашего учреждения, при необходимости консультируясь с другими министерствами и ведомствами. Ответы можно сохранять, а форму — заполнять в несколько приёмов.",
      "این پرسش‌نامه اطلاعات کشور شما را برای بررسی منطقه‌ای گذار به اقتصاد چرخشی در منطقهٔ اکو گردآوری می‌کند؛ این بررسی را دبیرخانهٔ اکو و یونیدو در چارچوب ابتکار RESCUE انجام می‌دهند. لطفاً از طرف نهاد متبوع خود پاسخ دهید و در صورت لزوم با سایر وزارتخانه‌ها و دستگاه‌ها مشورت کنید. می‌توانید پاسخ‌ها را ذخیره کنید و فرم را در چند نوبت تکمیل کنید.",
    ),
  },
  {
    type: "text",
    name: "reporting_round",
    label: texts("Reporting round", "Отчётный цикл", "دورهٔ گزارش‌دهی"),
    hint: texts(
      "Set by the ECO Secretariat.",
      "Устанавливается Секретариатом ОЭС.",
      "این مقدار را دبیرخانهٔ اکو تعیین کرده است.",
    ),
    default: "ECO-CE-2026",
    readOnly: true,
  },
  endGroup,
];

export const respondentRows: SurveyRow[] = [
  beginGroup(
    "respondent",
    texts("1. Respondent and institution", "1. Респондент и учреждение", "۱. پاسخ‌دهنده و نهاد"),
    { appearance: "field-list" },
  ),
  {
    type: "select_one country",
    name: "country",
    label: texts("Member state", "Государство-член", "کشور عضو"),
    ...mandatory,
    appearance: "minimal",
    atlas: { field: "countries" },
  },
  {
    type: "text",
    name: "institution",
    label: texts(
      "Name of the institution (national focal point)",
      "Наименование учреждения (национальный координатор)",
      "نام نهاد (رابط ملی)",
    ),
    ...mandatory,
  },
  {
    type: "text",
    name: "department",
    label: texts("Department or unit", "Департамент или подразделение", "اداره یا واحد"),
  },
  {
    type: "text",
    name: "respondent_name",
    label: texts("Full name of the respondent", "Фамилия и имя респондента", "نام و نام خانوادگی پاسخ‌دهنده"),
    ...mandatory,
  },
  { type: "text", name: "respondent_position", label: texts("Position", "Должность", "سمت") },
  {
    type: "text",
    name: "respondent_email",
    label: texts("E-mail address", "Адрес электронной почты", "نشانی پست الکترونیکی"),
    ...mandatory,
    constraint: "regex(., '^[^@ ]+@[^@ ]+[.][^@ ]+$')",
    constraintMessage: texts(
      "Enter a valid e-mail address, such as name@ministry.gov.",
      "Укажите действительный адрес электронной почты, например name@ministry.gov.",
      "یک نشانی پست الکترونیکی معتبر وارد کنید، مانند name@ministry.gov.",
    ),
  },
  {
    type: "text",
    name: "respondent_phone",
    label: texts(
      "Telephone, with the country code",
      "Телефон с кодом страны",
      "شمارهٔ تلفن (با پیش‌شمارهٔ کشور)",
    ),
  },
  {
    type: "select_one language",
    name: "answer_language",
    label: texts(
      "Language in which you write your answers",
      "Язык, на котором Вы даёте ответы",
      "زبانی که پاسخ‌ها را به آن می‌نویسید",
    ),
    hint: texts(
      "Free-text answers are kept in this language; the Secretariat arranges their translation.",
      "Ответы в свободной форме сохраняются на этом языке; их перевод обеспечивает Секретариат.",
      "پاسخ‌های تشریحی به همین زبان نگهداری می‌شوند و ترجمهٔ آن‌ها بر عهدهٔ دبیرخانه است.",
    ),
    ...mandatory,
    default: "en",
    atlas: { field: "originalLanguage" },
  },
  {
    type: "text",
    name: "contributing_institutions",
    label: texts(
      "Other ministries and agencies consulted",
      "Другие министерства и ведомства, с которыми проводились консультации",
      "سایر وزارتخانه‌ها و دستگاه‌هایی که با آن‌ها مشورت شده است",
    ),
    appearance: "multiline",
  },
  {
    type: "date",
    name: "completion_date",
    label: texts("Date of completion", "Дата заполнения", "تاریخ تکمیل"),
    hint: texts(
      "The date on which the answers were finalised.",
      "Дата, на которую ответы были окончательно подготовлены.",
      "تاریخ میلادی نهایی شدن پاسخ‌ها.",
    ),
    ...mandatory,
    constraint: ". <= today()",
    constraintMessage: texts(
      "The date cannot be later than today.",
      "Дата не может быть позже сегодняшней.",
      "تاریخ نمی‌تواند پس از امروز باشد.",
    ),
  },
  endGroup,
];
