/** Texts of this feature: Bahasa Indonesia (default) and English, with the same keys. */
export const carenotesId = {
  placeholder: '',
};

export const carenotesEn: typeof carenotesId = {
  placeholder: '',
};
