/** Texts of this feature: Bahasa Indonesia (default) and English, with the same keys. */
export const documentsId = {
  placeholder: '',
};

export const documentsEn: typeof documentsId = {
  placeholder: '',
};
