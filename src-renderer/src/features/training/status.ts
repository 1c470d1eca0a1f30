/** Badge colours of programme and enrolment statuses (shared by the training pages and the resident's tab). */
export const STATUS_COLOR = { open: 'teal', closed: 'gray', cancelled: 'red', active: 'blue', completed: 'teal', withdrawn: 'gray' } as const;
