/** "08:30" → "08.30" in Indonesian, as times are written there. */
export const showTime = (time: string | null, lang: 'id' | 'en') => (time ? (lang === 'id' ? time.replace(':', '.') : time) : '');
