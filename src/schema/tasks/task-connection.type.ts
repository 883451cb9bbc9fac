import { ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.type';
import { Task } from './task.type';

@ObjectType({ simpleResolvers: true })
export class TaskConnection extends Connection(Task) {}
