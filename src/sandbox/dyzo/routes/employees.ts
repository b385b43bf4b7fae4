/**
 * Employees (docs: /employees, /employee-invitation):
 *
 *   GET   /employee/list/{company_id}/   all employees of the company, `{"status": 1, "data": [...]}`
 *   GET   /employee/me/{employee_id}/    one employee
 *   POST  /employee/add/                 add directly (admin only)
 *   PATCH /api/employees/{_id}/          partial update
 *
 * Employees are keyed by `_id`. The docs spell two flags two ways (`is_active` / `isActive`,
 * `isTeamLeader` / `team_leader`); PATCH accepts both, responses use the frontend's
 * `isActive` and `team_leader`.
 */
import { z } from 'zod';
import type { SimRoute } from '../../kit.js';
import { domainError, success } from '../envelope.js';
import { paginate } from '../paging.js';
import { param, route } from '../routing.js';
import { employeeWire } from '../serialize.js';
import { allocateId, findEmployee, type DyzoEmployee } from '../state.js';
import { date, id, jsonBody } from '../validation.js';
import type { DyzoContext } from './context.js';

const email = z.string().trim().toLowerCase().pipe(z.email('must be a valid email address'));

const addEmployee = z.object({
  first_name: z.string().trim().min(1, 'may not be blank'),
  last_name: z.string().trim().min(1, 'may not be blank'),
  email,
  companyId: id,
  phone: z.string().optional(),
  designation: z.string().optional(),
  department: z.string().optional(),
  salary: z.number().nonnegative().nullable().optional(),
  password: z.string().optional(),
  joinDate: date.optional(),
  isAdmin: z.boolean().optional(),
});

const patchEmployee = z.object({
  first_name: z.string().trim().min(1, 'may not be blank').optional(),
  last_name: z.string().trim().min(1, 'may not be blank').optional(),
  name: z.string().trim().min(1, 'may not be blank').optional(),
  email: email.optional(),
  phone: z.string().optional(),
  designation: z.string().optional(),
  department: z.string().optional(),
  salary: z.number().nonnegative().nullable().optional(),
  isAdmin: z.boolean().optional(),
  isTeamLeader: z.boolean().optional(),
  team_leader: z.boolean().optional(),
  is_active: z.boolean().optional(),
  isActive: z.boolean().optional(),
  date_of_birth: date.nullable().optional(),
  date_of_joining: date.nullable().optional(),
  gender: z.string().nullable().optional(),
  country_code: z.string().nullable().optional(),
});

export function employeeRoutes({ state, auth }: DyzoContext): SimRoute[] {
  const emailTaken = (address: string, except?: number) =>
    state.employees.some((e) => e.companyId === state.company.id && !e.isDeleted && e.email === address && e._id !== except);

  return [
    route('GET', '/employee/list/:company_id/', (req, params) => {
      const denied = auth.companyGuard(param(params, 'company_id'));
      if (denied) return denied;
      const employees = state.employees.filter((e) => e.companyId === state.company.id && !e.isDeleted).sort((a, b) => a._id - b._id);
      const page = paginate(employees, req.query);
      if (!page.ok) return page.response;
      return success('Employees fetched successfully', { data: page.items.map(employeeWire) }, page.headers);
    }),

    route('GET', '/employee/me/:employee_id/', (_req, params) => {
      const employee = findEmployee(state, param(params, 'employee_id'));
      if (!employee) return domainError('Employee not found');
      return success('Employee fetched successfully', { data: employeeWire(employee) });
    }),

    route('POST', '/employee/add/', (req) => {
      const body = jsonBody(req, addEmployee);
      if (!body.ok) return body.response;
      const b = body.data;
      const denied = auth.companyGuard(b.companyId);
      if (denied) return denied;
      if (!auth.caller(req).isAdmin) return domainError('Only admins can add employees');
      if (emailTaken(b.email)) return domainError('Employee with this email already exists');
      const employee: DyzoEmployee = {
        _id: allocateId(state, 'employee'),
        name: `${b.first_name} ${b.last_name}`,
        first_name: b.first_name,
        last_name: b.last_name,
        email: b.email,
        phone: b.phone ?? '',
        designation: b.designation ?? '',
        department: b.department ?? '',
        companyId: b.companyId,
        salary: b.salary ?? null,
        isAdmin: b.isAdmin ?? false,
        team_leader: false,
        isActive: true,
        isDeleted: false,
        profile_picture: null,
        date_of_joining: b.joinDate ?? state.clock.slice(0, 10),
        date_of_birth: null,
        gender: null,
        country_code: null,
      };
      state.employees.push(employee);
      return success('Employee added successfully', { data: employeeWire(employee) });
    }),

    route('PATCH', '/api/employees/:_id/', (req, params) => {
      const employee = findEmployee(state, param(params, '_id'));
      if (!employee) return domainError('Employee not found');
      const body = jsonBody(req, patchEmployee);
      if (!body.ok) return body.response;
      const b = body.data;
      if (b.email !== undefined && emailTaken(b.email, employee._id)) return domainError('Employee with this email already exists');
      const { isTeamLeader, is_active, ...direct } = b;
      for (const [key, value] of Object.entries(direct)) {
        if (value !== undefined) (employee as unknown as Record<string, unknown>)[key] = value;
      }
      if (isTeamLeader !== undefined) employee.team_leader = isTeamLeader;
      if (is_active !== undefined) employee.isActive = is_active;
      // Keep the display name in step unless the caller set it explicitly.
      if (b.name === undefined && (b.first_name !== undefined || b.last_name !== undefined)) {
        employee.name = `${employee.first_name} ${employee.last_name}`;
      }
      return success('Employee updated successfully', { data: employeeWire(employee) });
    }),
  ];
}
