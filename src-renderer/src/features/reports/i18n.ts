/** Texts of this feature: Bahasa Indonesia (default) and English, with the same keys. */
export const reportsId = {
  placeholder: '',
};

export const reportsEn: typeof reportsId = {
  placeholder: '',
};
