import { z } from 'zod';
import { channel, Id, NoInput, Role, trimmed } from './common';
import { passwordProblem, UsernameSchema } from './validators';

export interface UserRow {
  id: number;
  username: string;
  fullName: string;
  role: Role;
  homeId: number | null;
  homeName: string | null;
  active: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

/** Roles an administrator of one home may hand out; province_admin is given by a province administrator only. */
export const HOME_ROLES = ['admin', 'head', 'caregiver', 'finance'] as const;

export const NewPassword = z.string().min(1, 'Kata sandi wajib diisi');

export const UserCreateInput = z
  .object({
    username: UsernameSchema,
    fullName: trimmed('Nama lengkap', 150),
    role: Role,
    password: NewPassword,
  })
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.username);
    if (problem) ctx.addIssue({ code: 'custom', path: ['password'], message: problem });
  });
export type UserCreateInput = z.input<typeof UserCreateInput>;

export const UserUpdateInput = z.object({
  id: Id,
  fullName: trimmed('Nama lengkap', 150),
  role: Role,
});

export const ResetPasswordInput = z.object({ id: Id, password: NewPassword });

export const usersChannels = {
  'users.list': channel<UserRow[]>()(NoInput, ['province_admin', 'admin']),
  'users.create': channel<UserRow>()(UserCreateInput, ['province_admin', 'admin']),
  'users.update': channel<UserRow>()(UserUpdateInput, ['province_admin', 'admin']),
  'users.setActive': channel<UserRow>()(z.object({ id: Id, active: z.boolean() }), ['province_admin', 'admin']),
  'users.resetPassword': channel<UserRow>()(ResetPasswordInput, ['province_admin', 'admin']),
} as const;
