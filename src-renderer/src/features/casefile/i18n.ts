/** Texts of this feature: Bahasa Indonesia (default) and English, with the same keys. */
export const casefileId = {
  placeholder: '',
};

export const casefileEn: typeof casefileId = {
  placeholder: '',
};
