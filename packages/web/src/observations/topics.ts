/** The profile topics, in the order pages show them; the catalogues name each one. */
export const topicOrder = [
  "population-economy",
  "industry-employment",
  "materials",
  "waste",
  "energy-climate",
] as const;
export type TopicName = (typeof topicOrder)[number];

export function isKnownTopic(topic: string): topic is TopicName {
  return (topicOrder as readonly string[]).includes(topic);
}

/** Orders topics as `topicOrder` does; a topic the app does not know comes last, by code. */
export function compareTopics(a: string, b: string): number {
  const rank = (topic: string) => (isKnownTopic(topic) ? topicOrder.indexOf(topic) : topicOrder.length);
  return rank(a) - rank(b) || a.localeCompare(b);
}
