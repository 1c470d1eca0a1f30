/** Texts of this feature: Bahasa Indonesia (default) and English, with the same keys. */
export const residentsId = {
  placeholder: '',
};

export const residentsEn: typeof residentsId = {
  placeholder: '',
};
