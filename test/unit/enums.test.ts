import { describe, expect, it } from 'vitest';
import { enumMapper, type UserRole } from '../../src/domain/enums.js';

describe('enum mapping', () => {
  const role = enumMapper<UserRole>({ admin: 'ADMIN', manager: 'MANAGER', team_leader: 'TEAM_LEAD', user: 'MEMBER', WORKSPACE_ADMIN: 'ADMIN', OWNER: 'OWNER' }, 'OTHER');

  it('maps known values whatever their case or surrounding space, keeping the original label', () => {
    expect(role('team_leader')).toEqual({ value: 'TEAM_LEAD', label: 'team_leader' });
    expect(role(' Workspace_Admin ')).toEqual({ value: 'ADMIN', label: ' Workspace_Admin ' });
    expect(role('OWNER')).toEqual({ value: 'OWNER', label: 'OWNER' });
  });

  it('maps unknown values to the fallback with the original kept, never throwing', () => {
    expect(role('galactic_overlord')).toEqual({ value: 'OTHER', label: 'galactic_overlord' });
    expect(role(7)).toEqual({ value: 'OTHER', label: '7' });
  });

  it('maps absent values to the fallback with no label', () => {
    expect(role(null)).toEqual({ value: 'OTHER', label: null });
    expect(role(undefined)).toEqual({ value: 'OTHER', label: null });
    expect(role('')).toEqual({ value: 'OTHER', label: null });
  });
});
