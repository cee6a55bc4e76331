/** The slot of a choice group's option row, and of the conditional reveals of that option. */
export const optionSlot = (value: string) => `option:${value}`;
export const revealSlot = (value: string) => `reveal:${value}`;
