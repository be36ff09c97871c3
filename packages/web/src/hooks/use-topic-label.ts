import { useTranslation } from "react-i18next";
import { isKnownTopic } from "../observations/topics.ts";

/** A topic's name in the UI language; a topic the catalogues do not know shows its code. */
export function useTopicLabel(): (topic: string) => string {
  const { t } = useTranslation();
  return (topic) => (isKnownTopic(topic) ? t(`topics.${topic}`) : topic);
}
