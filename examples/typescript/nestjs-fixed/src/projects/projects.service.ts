import { Injectable } from '@nestjs/common';

interface Project {
  id: string;
  name: string;
}

@Injectable()
export class ProjectsService {
  private readonly projects = new Map<string, Project>();

  findAll(): Project[] {
    return [...this.projects.values()];
  }

  findOne(id: string): Project | undefined {
    return this.projects.get(id);
  }

  create(name: string): Project {
    const project = { id: crypto.randomUUID(), name };
    this.projects.set(project.id, project);
    return project;
  }

  rename(id: string, name: string): Project | undefined {
    const project = this.projects.get(id);
    if (project) project.name = name;
    return project;
  }

  remove(id: string): { deleted: boolean } {
    return { deleted: this.projects.delete(id) };
  }
}
